// Demo suppliers' evidence shared by the seeds: a Carbon Reduction Plan that meets every PPN 006 check.

export const completePlan = (netZeroYear: number, signatory: string) => ({
  netZeroYear,
  baselineYear: 2019,
  baselineEmissionsTCO2e: 1850,
  reportingPeriod: { start: "2025-04-01", end: "2026-03-31" },
  emissions: {
    scope1: { tCO2e: 96.4 },
    scope2: { tCO2e: 412.8 },
    scope3: { category4: { tCO2e: 120 }, category5: { tCO2e: 14.2 }, category6: { tCO2e: 38.5 }, category7: { tCO2e: 71.9 }, category9: { tCO2e: 22 } },
  },
  reductionTargets: [{ year: 2030, reductionPercent: 50 }, { year: netZeroYear, reductionPercent: 90 }],
  environmentalManagementMeasures: ["Renewable electricity contracts at both data centres", "Server refresh moved to refurbished hardware"],
  declaration: { signatoryName: signatory, signatoryRole: "director", signedOn: "2026-05-01" },
  publicationUrl: "https://supplier.example/carbon-reduction-plan",
});
