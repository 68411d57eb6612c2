/** What is bought, as OCDS `mainProcurementCategory` (procurementCategory codelist): ICT is goods or services. */
export const procurementCategories = ["goods", "services", "works"] as const;
export type ProcurementCategory = (typeof procurementCategories)[number];
