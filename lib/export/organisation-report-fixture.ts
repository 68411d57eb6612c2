import { organisationReport, type ReportedContract } from "@/lib/domain/contracts/organisation-report";
import { emptyReportFigures } from "@/lib/domain/contracts/report-figures";
import type { OrganisationReportFile } from "./organisation-report";

/** Two contracts of a Welsh council, one reported and one estimated, as the organisation report's files show them. */
export function organisationReportFixture(): OrganisationReportFile {
  const contracts: ReportedContract[] = [
    {
      id: "c1",
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
      supplierName: "=Dyfais Cyf",
      startsOn: "2025-04-01",
      endsOn: "2026-03-31",
      kpis: [{ kind: "contract-emissions", baseline: 36.5, baselineSource: "bid-footprint", targets: [36.5], targetsSetBy: "default" }],
      reports: [],
      validCarbonReductionPlan: true,
      scienceBasedTargets: false,
    },
  ];
  return { ...organisationReport(contracts, 2025), organisation: { en: "Caerwen County Council", cy: "Cyngor Sir Caerwen" } };
}
