import { exampleContracts } from "@/lib/domain/contracts/example-contracts";
import { organisationReport } from "@/lib/domain/contracts/organisation-report";
import type { OrganisationReportFile } from "./organisation-report";

/** The worked examples' two contracts of a Welsh council, one supplier's name written as a spreadsheet formula. */
export function organisationReportFixture(): OrganisationReportFile {
  const [hosting, devices] = exampleContracts();
  return { ...organisationReport([hosting, { ...devices, supplierName: "=Dyfais Cyf" }], 2025), organisation: { en: "Caerwen County Council", cy: "Cyngor Sir Caerwen" } };
}
