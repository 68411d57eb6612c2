// The suppliers bidding for the large tenders: names and evidence, varied by index so that no two are alike.
const placeStems = ["Aber", "Bryn", "Cwm", "Dyffryn", "Glan", "Llan", "Maes", "Pen", "Tre", "Ystrad", "Harbour", "Northgate", "Riverside", "Westfield", "Oakley"];
const trades = ["Data", "Cloud", "Systems", "Networks", "Digital", "Compute", "Hosting", "Software", "Technology", "IT Services", "Infrastructure", "Managed Services", "Devices", "Connect", "Solutions", "Analytics", "Secure", "Telecom", "Labs", "Support"];
const signatories = ["Alys Roberts", "Ben Okafor", "Carys Jenkins", "Dev Patel", "Eleri Thomas", "Fraser Hall", "Gwen Price", "Hamid Khan", "Iwan Rees", "Julia Novak"];

export function supplierName(index: number) {
  const stem = placeStems[index % placeStems.length];
  const trade = trades[Math.floor(index / placeStems.length) % trades.length];
  return index < placeStems.length * trades.length ? `${stem} ${trade} Ltd` : `${stem} ${trade} ${index} Ltd`;
}

const day = (month: number, dayOfMonth: number) => `2026-${String(month).padStart(2, "0")}-${String(dayOfMonth).padStart(2, "0")}`;

/** A supplier's evidence as a submitted Response stores it (the shape of prisma/seed-example-assessment.ts), varied. */
export function supplierEvidence(index: number) {
  const netZeroYear = 2030 + (index % 16);
  const recycled = 60 + (index * 7) % 38;
  const refurbished = 10 + (index * 11) % 40;
  const ecoVadisScore = 45 + (index * 13) % 40;
  const medal = ecoVadisScore >= 75 ? "platinum" : ecoVadisScore >= 70 ? "gold" : ecoVadisScore >= 59 ? "silver" : ecoVadisScore >= 50 ? "bronze" : "none";
  const emissions = 1 + (index % 9) / 4;
  return {
    carbonReductionPlan: {
      netZeroYear,
      baselineYear: 2018 + (index % 3),
      baselineEmissionsTCO2e: Math.round(1850 * emissions),
      reportingPeriod: { start: "2025-04-01", end: "2026-03-31" },
      emissions: {
        scope1: { tCO2e: Math.round(96.4 * emissions * 10) / 10 },
        scope2: { tCO2e: Math.round(412.8 * emissions * 10) / 10 },
        scope3: {
          category4: { tCO2e: Math.round(120 * emissions) },
          category5: { tCO2e: 14.2 },
          category6: { tCO2e: Math.round(38.5 * emissions * 10) / 10 },
          category7: { tCO2e: Math.round(71.9 * emissions * 10) / 10 },
          category9: { tCO2e: 22 },
        },
      },
      reductionTargets: [{ year: 2030, reductionPercent: 40 + (index % 4) * 5 }, { year: netZeroYear, reductionPercent: 90 }],
      environmentalManagementMeasures: [
        "Renewable electricity contracts at all data centres",
        ...(index % 2 === 0 ? ["Server refresh moved to refurbished hardware"] : []),
        ...(index % 3 === 0 ? ["Electric vehicles for field engineers"] : []),
      ],
      declaration: { signatoryName: signatories[index % signatories.length], signatoryRole: "director", signedOn: day(4 + (index % 5), 1 + (index % 27)) },
      publicationUrl: `https://supplier-${index + 1}.example/carbon-reduction-plan`,
    },
    evidence: {
      sbti: { status: (["committed", "near-term-targets-set", "net-zero-targets-set"] as const)[index % 3], asAt: day(1 + (index % 9), 10) },
      ...(index % 2 === 0 ? { iso14001: { asAt: day(1 + (index % 8), 1), expiresOn: "2028-08-31" } } : {}),
      ...(index % 3 !== 1 ? { ecoVadis: { score: ecoVadisScore, medal, asAt: day(1 + (index % 7), 20) } } : {}),
      waste: {
        percentLandfilled: index % 5,
        percentReusedOrRecycled: recycled,
        percentReusedOrRecycledPreviousYear: recycled - (index % 6),
        percentRefurbishedOrRemanufactured: refurbished,
        ...(index % 2 === 0 ? { percentRefurbishedOrRemanufacturedPreviousYear: Math.max(0, refurbished - 5) } : {}),
      },
      policies: { circularIctPolicy: index % 4 !== 3, designedForDurabilityRepairAndRecycling: index % 2 === 0, problematicSubstancesPhasedOut: index % 3 === 0 },
      supplyChain: { tier1PercentWithData: 40 + (index * 3) % 60, tier2PercentWithData: (index * 7) % 50 },
      modernSlaveryStatement: { registryUrl: "https://modern-slavery-statement-registry.service.gov.uk/", financialYearEnd: "2026-03-31", asAt: day(6, 1 + (index % 28)) },
      ...(index % 4 === 0 ? { msat: { asAt: day(4, 15) } } : {}),
    },
  };
}
