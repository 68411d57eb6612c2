import type { ReportedContract } from "./organisation-report";
import { emptyReportFigures } from "./report-figures";

/**
 * Two contracts of a council for the organisation report's worked examples and files: hosting from 1 October 2024
 * for three years with year 1 reported (73 t, 10 of 40 devices refurbished, 20 items taken back), and devices for
 * the 2025–26 year with no report yet (estimated from its 36.5 t target).
 */
export function exampleContracts(): [ReportedContract, ReportedContract] {
  return [
    {
      id: "c1",
      supplierId: "s1",
      supplierName: "Greenbyte Hosting Ltd",
      startsOn: "2024-10-01",
      endsOn: "2027-09-30",
      kpis: [{ kind: "contract-emissions", baseline: 100, baselineSource: "bid-footprint", targets: [90, 81, 72.9], targetsSetBy: "default" }],
      reports: [{ year: 1, figures: { ...emptyReportFigures(), scope1TCO2e: 73, devicesNew: 30, devicesRefurbished: 10, takenBackReused: 5, takenBackRecycled: 14, takenBackLandfilled: 1 } }],
      validCarbonReductionPlan: true,
      scienceBasedTargets: true,
    },
    {
      id: "c2",
      supplierId: "s2",
      supplierName: "Dyfais Cyf",
      startsOn: "2025-04-01",
      endsOn: "2026-03-31",
      kpis: [{ kind: "contract-emissions", baseline: 36.5, baselineSource: "bid-footprint", targets: [36.5], targetsSetBy: "default" }],
      reports: [],
      validCarbonReductionPlan: true,
      scienceBasedTargets: false,
    },
  ];
}
