/**
 * Document exports: pure functions from the view models in ./model to file bytes. The OCDS validator is
 * imported from ./ocds/validate where it is needed, so the schemas and Ajv stay out of other bundles.
 */
export type * from "./model";
export { tenderCriteriaDocx, resultsDocx, supplierSummaryDocx } from "./docx/documents";
export { tenderCriteriaOdt, resultsOdt, supplierSummaryOdt } from "./odt/documents";
export { tenderCriteriaXlsx, resultsXlsx } from "./xlsx/documents";
export { tenderCriteriaCsv, resultsCsv } from "./csv/documents";
export {
  tenderCriteriaOcds, tenderCriteriaPackage, tenderCriteriaRelease, OCDS_EXTENSIONS, type OcdsOptions, type OcdsRelease, type OcdsReleasePackage,
} from "./ocds/tender-criteria";
export { publisherPrefix, PLACEHOLDER_OCID_PREFIX } from "./ocds/release-identity";
export { exportFileName, type ExportKind } from "./file-name";
export { labels, ruleNames } from "./labels";

/** Media types for the Content-Type header of each download. */
export const exportMediaTypes = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  odt: "application/vnd.oasis.opendocument.text",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
  json: "application/json",
} as const;
