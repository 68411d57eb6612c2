import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/auth/actor";
import { useTestDatabase } from "@/lib/testing/use-test-database";
import { seedDemo } from "@/prisma/seed";
import { getContract, listContracts } from "./get-contract";
import { getOrganisationReport } from "./organisation-report";

// The demo data gives a contract in its second year, so `npm start` shows the contract and the report at once.

const t = useTestDatabase();
const now = new Date("2026-12-01T10:00:00Z");

async function actorFor(email: string): Promise<Actor> {
  const user = await t.db.user.findUniqueOrThrow({ where: { email }, include: { memberships: { include: { organisation: true } } } });
  const membership = user.memberships[0];
  return {
    userId: user.id, email, name: user.name, preferredLanguage: "en", organisationId: membership.organisationId, organisationKind: membership.organisation.kind as Actor["organisationKind"],
    organisationNameEn: membership.organisation.nameEn, organisationNameCy: membership.organisation.nameCy, nation: membership.organisation.nation as Actor["nation"], role: membership.role as Actor["role"],
  };
}

describe("the seeded contract", () => {
  it("is in year 2 of 3, its year 1 report submitted and judged KPI by KPI; Greenbyte sees it, Cwmwl Glas does not", async () => {
    await seedDemo(t.db);
    const officer = await actorFor("officer@caerwen.example");
    const contracts = (await listContracts(officer))!;
    expect(contracts.map((c) => c.assessmentReference).sort()).toEqual(["CCC-2024-022", "CCC-2025-007", "CCC-2025-012"]);
    const contract = contracts.find((c) => c.assessmentReference === "CCC-2025-007")!;
    const view = (await getContract(officer, contract.id, now))!;
    expect(view.currentYear).toBe(2);
    expect(view.assessment.reference).toBe("CCC-2025-007");
    // Footprint 60,000 kWh × 0.1933 (DESNZ 2025) + 250 laptops × 300 kg ÷ 4 years = 11.598 + 18.75 = 30.348 t; × 0.9 = 27.313 t.
    expect(view.kpis[0]).toMatchObject({ kind: "contract-emissions", baseline: 30.348, targets: [27.313, 24.582, 22.124] });
    const yearOne = Object.fromEntries(view.kpis.map((kpi) => [kpi.kind, view.standings[kpi.kind][0].status]));
    expect(yearOne).toEqual({ "contract-emissions": "on-track", "organisation-emissions": "off-track", "refurbished-share": "on-track", "reused-recycled-share": "on-track", "landfill-share": "on-track", "supply-chain-mapped": "on-track" });
    expect(view.commitments).toEqual({ validCarbonReductionPlan: true, scienceBasedTargets: true });
    expect((await listContracts(await actorFor("admin@greenbyte.example")))!.map((c) => c.assessmentReference).sort()).toEqual(["CCC-2024-022", "CCC-2025-007"]);
    expect((await listContracts(await actorFor("admin@cwmwlglas.example")))!.map((c) => c.assessmentReference)).toEqual(["CCC-2025-012"]);
    expect(await getContract(await actorFor("admin@cwmwlglas.example"), contract.id, now)).toBeNull();
  });

  it("gives Caerwen's sustainable-ICT report its figures: 2025–26 part reported, part estimated; 28 % refurbished, 12 points down", async () => {
    const admin = await actorFor("admin@caerwen.example");
    const report = (await getOrganisationReport(admin, 2025, now))!;
    // Laptops year 1: 26.2 t reported. Print year 2 (the whole reporting year): estimated from its year 1 report,
    // 1.1 + 2.9 + 0.2 = 4.2 t. Wi-Fi year 1 (from 1 June 2025): its 4.829 t target for 304 of its 365 days, 4.022 t.
    expect(report.footprint).toEqual({ startYear: 2025, reportedTCO2e: 26.2, estimatedTCO2e: 8.222, totalTCO2e: 34.422, estimatedPercent: 23.9 });
    // 70 of 250 laptops refurbished, after 8 of 20 printers (40 %) the year before.
    expect(report.refurbished).toEqual({ percent: 28, previousPercent: 40, changePoints: -12, supplied: 250, refurbished: 70 });
    expect(report.endOfLife).toMatchObject({ reused: 60, recycled: 85, landfilled: 3, landfilledPercent: 2 });
    expect(report.suppliers).toEqual({ total: 2, validCarbonReductionPlan: 2, scienceBasedTargets: 2 });
    const current = (await getOrganisationReport(admin, null, now))!;
    expect(current.year.startYear).toBe(2026);
    // Nothing reported yet for 2026–27: all estimated, laptops year 2 from year 1's 26.2 t.
    expect(current.footprint).toMatchObject({ reportedTCO2e: 0, estimatedTCO2e: 30.627, estimatedPercent: 100 });
    expect(current.trend.map((y) => [y.startYear, y.totalTCO2e])).toEqual([[2024, 4.2], [2025, 34.422], [2026, 30.627]]);
  });
});
