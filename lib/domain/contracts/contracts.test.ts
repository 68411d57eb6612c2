import { describe, expect, it } from "vitest";
import type { ResponseEvidence } from "../responses/evidence-copy";
import { contractYears, reportingYearLabel, reportingYearOf, reportReminder } from "./contract-years";
import { kpisFromBid } from "./commitments";
import { kpiStanding, kpisNeedingExplanation, yearHasEnded } from "./kpi-status";
import { planPathTargets, reductionTargets, withFirstReportBaseline, type ContractKpi } from "./kpi-targets";
import { contractWorkWaiting, type DashboardContract } from "./contract-work";
import { contractTermsProblem } from "./contract-terms";
import { exampleContracts } from "./example-contracts";
import { organisationReport, type ReportedContract } from "./organisation-report";
import { emptyReportFigures, kpiValue, type ReportFigures } from "./report-figures";

const figures = (values: Partial<ReportFigures>): ReportFigures => ({ ...emptyReportFigures(), ...values });

describe("contract years", () => {
  it("1 April 2025 to 31 March 2028 is three years; each report is due 60 days after its year ends (31 March 2026 + 60 days = 30 May 2026)", () => {
    const years = contractYears("2025-04-01", "2028-03-31");
    expect(years.map((y) => [y.year, y.from, y.to, y.reportDue])).toEqual([
      [1, "2025-04-01", "2026-03-31", "2026-05-30"],
      [2, "2026-04-01", "2027-03-31", "2027-05-30"],
      [3, "2027-04-01", "2028-03-31", "2028-05-30"],
    ]);
  });

  it("a contract ending part-way through a year has a short last year: 1 June 2025 to 30 September 2026 is 12 months, then 4", () => {
    expect(contractYears("2025-06-01", "2026-09-30").map((y) => [y.from, y.to])).toEqual([["2025-06-01", "2026-05-31"], ["2026-06-01", "2026-09-30"]]);
  });

  it("reporting years run 1 April to 31 March: 15 January 2026 is in 2025–26", () => {
    expect(reportingYearOf("2026-01-15").startYear).toBe(2025);
    expect(reportingYearOf("2026-04-01").startYear).toBe(2026);
    expect(reportingYearLabel(2025)).toBe("2025–26");
    expect(reportingYearLabel(2099)).toBe("2099–00");
  });
});

describe("contract terms", () => {
  it("starts on or after the award and after the standstill period, ends after it starts, and runs less than 15 years", () => {
    expect(contractTermsProblem({ startsOn: "2026-03-01", endsOn: "2027-03-31" }, "2026-03-02", "2026-03-12")).toEqual({ field: "startsOn", key: "contractStart.beforeAward" });
    expect(contractTermsProblem({ startsOn: "2026-03-12", endsOn: "2027-03-31" }, "2026-03-02", "2026-03-12")).toEqual({ field: "startsOn", key: "contractStart.inStandstill" });
    expect(contractTermsProblem({ startsOn: "2026-03-13", endsOn: "2027-03-31" }, "2026-03-02", "2026-03-12")).toBeNull();
    expect(contractTermsProblem({ startsOn: "2026-04-01", endsOn: "2026-03-31" }, "2026-03-02")).toEqual({ field: "endsOn", key: "contractEnd.beforeStart" });
    expect(contractTermsProblem({ startsOn: "2026-04-01", endsOn: "2041-03-31" }, "2026-03-02")).toBeNull();
    expect(contractTermsProblem({ startsOn: "2026-04-01", endsOn: "2041-04-01" }, "2026-03-02")).toEqual({ field: "endsOn", key: "contractEnd.tooLong" });
  });
});

describe("targets", () => {
  it("from a bid's 120 t baseline, 10 % a year compounded: 120 × 0.9 = 108, × 0.9 = 97.2, × 0.9 = 87.48", () => {
    expect(reductionTargets(120, 3, false)).toEqual([108, 97.2, 87.48]);
  });

  it("from a first report's 50 t, year 1 is the baseline and has no target: then 45 and 40.5", () => {
    expect(reductionTargets(50, 3, true)).toEqual([null, 45, 40.5]);
  });

  it("rounds once to the kilogram: 0.123 t × 0.9³ = 0.089667 → 0.09 t", () => {
    expect(reductionTargets(0.123, 3, false)).toEqual([0.111, 0.1, 0.09]);
  });

  it("follows the plan's straight line: 1,000 t in 2019 to −50 % in 2030 reads 1,000 × (1 − 0.5 × 7/11) = 681.818 t in 2026, then holds at 500 t after 2030", () => {
    const years = contractYears("2025-04-01", "2033-03-31");
    const path = planPathTargets({ baselineYear: 2019, baselineEmissionsTCO2e: 1000, reductionTargets: [{ year: 2030, reductionPercent: 50 }] } as never, years)!;
    expect(path[0]).toBe(681.818); // year 1 ends 31 March 2026
    expect(path[4]).toBe(500); // ends 2030
    expect(path[7]).toBe(500); // ends 2033, after the last target
  });

  it("between two targets the line runs from the first to the second: −50 % in 2030, −90 % in 2040 gives 1,000 × (0.5 − 0.4 × 5/10) = 300 t in 2035", () => {
    const years = contractYears("2034-04-01", "2035-03-31");
    const path = planPathTargets({ baselineYear: 2019, baselineEmissionsTCO2e: 1000, reductionTargets: [{ year: 2040, reductionPercent: 90 }, { year: 2030, reductionPercent: 50 }] } as never, years)!;
    expect(path).toEqual([300]);
  });

  it("a KPI waiting for its baseline takes the first report's figure; targets an officer set are kept", () => {
    const waiting: ContractKpi = { kind: "contract-emissions", baseline: null, baselineSource: "first-report", targets: [null, null, null], targetsSetBy: "default" };
    expect(withFirstReportBaseline(waiting, 80)).toMatchObject({ baseline: 80, targets: [null, 72, 64.8] });
    const set: ContractKpi = { ...waiting, targets: [null, 70, 60], targetsSetBy: "officer" };
    expect(withFirstReportBaseline(set, 80).targets).toEqual([null, 70, 60]);
  });
});

describe("KPIs carried from the bid", () => {
  const bid: ResponseEvidence = {
    evidence: { waste: { percentRefurbishedOrRemanufactured: 30, percentReusedOrRecycled: 90, percentLandfilled: 2 }, supplyChain: { tier1PercentWithData: 60 } },
    carbonReductionPlan: { baselineYear: 2019, baselineEmissionsTCO2e: 1000, reductionTargets: [{ year: 2030, reductionPercent: 50 }] } as never,
    serviceFootprint: { hosting: [{ region: "GB", electricityKWhPerYear: 100000 }], devices: [] },
  };

  it("a footprint of 100,000 kWh on the UK grid in 2025 (0.177 + 0.0163 kgCO2e/kWh, DESNZ 2025) is a 19.33 t baseline, with 17.397 t in year 1", () => {
    const kpis = kpisFromBid(bid, "2025-06-30", contractYears("2025-07-01", "2027-06-30"));
    const emissions = kpis.find((k) => k.kind === "contract-emissions")!;
    expect(emissions).toMatchObject({ baseline: 19.33, baselineSource: "bid-footprint", targets: [17.397, 15.657] });
    expect(kpis.map((k) => k.kind)).toEqual(["contract-emissions", "organisation-emissions", "refurbished-share", "reused-recycled-share", "landfill-share", "supply-chain-mapped"]);
    expect(kpis.find((k) => k.kind === "refurbished-share")).toMatchObject({ baseline: 30, targets: [30, 30] });
  });

  it("without a footprint, contract emissions wait for the first report, and shares not stated are not KPIs", () => {
    const kpis = kpisFromBid({}, "2025-06-30", contractYears("2025-07-01", "2027-06-30"));
    expect(kpis).toEqual([{ kind: "contract-emissions", baseline: null, baselineSource: "first-report", targets: [null, null], targetsSetBy: "default" }]);
  });
});

describe("KPI status", () => {
  const years = contractYears("2025-04-01", "2027-03-31");
  const emissions: ContractKpi = { kind: "contract-emissions", baseline: 100, baselineSource: "bid-footprint", targets: [90, 81], targetsSetBy: "default" };
  const refurbished: ContractKpi = { kind: "refurbished-share", baseline: 30, baselineSource: "bid-evidence", targets: [30, 30], targetsSetBy: "default" };
  const reported = figures({ scope1TCO2e: 10, scope2TCO2e: 50.5, scope3TCO2e: { "1": 25, "6": 4.6 }, devicesNew: 70, devicesRefurbished: 20 });

  it("scope 1 10 + scope 2 50.5 + scope 3 (25 + 4.6) = 90.1 t against a target of 90 t: off track by 0.1 t", () => {
    const standing = kpiStanding(emissions, years[0], { status: "submitted", figures: reported }, null, "2026-05-01");
    expect(standing).toMatchObject({ status: "off-track", value: 90.1, target: 90, variance: 0.1 });
  });

  it("20 refurbished of 90 supplied is 22.2 %, below the 30 % the bid committed to", () => {
    expect(kpiValue("refurbished-share", reported)).toBe(22.2);
    expect(kpiStanding(refurbished, years[0], { status: "submitted", figures: reported }, null, "2026-05-01")).toMatchObject({ status: "off-track", variance: -7.8 });
  });

  it("exactly on target is on track (90 t against 90 t)", () => {
    const onTarget = figures({ scope1TCO2e: 90 });
    expect(kpiStanding(emissions, years[0], { status: "submitted", figures: onTarget }, null, "2026-05-01").status).toBe("on-track");
  });

  it("no report: not due until 60 days after the year ends (30 May 2026), not reported after; a draft does not count", () => {
    expect(kpiStanding(emissions, years[0], null, null, "2026-05-30").status).toBe("not-due");
    expect(kpiStanding(emissions, years[0], null, null, "2026-05-31").status).toBe("not-reported");
    expect(kpiStanding(emissions, years[0], { status: "draft", figures: reported }, null, "2026-06-01").status).toBe("not-reported");
  });

  it("a submitted report without the figure is not reported for that KPI", () => {
    expect(kpiStanding(refurbished, years[0], { status: "submitted", figures: figures({ scope1TCO2e: 5 }) }, null, "2026-04-02").status).toBe("not-reported");
  });

  it("the specialist's review decides the status shown, and the computed one is kept beside it", () => {
    const review = { outcome: "queried" as const, status: "off-track" as const, reason: "Scope 3 travel is missing." };
    const standing = kpiStanding(emissions, years[0], { status: "submitted", figures: figures({ scope1TCO2e: 80 }) }, review, "2026-05-01");
    expect(standing).toMatchObject({ status: "off-track", computed: "on-track", review });
  });

  it("a figure that misses its target needs an explanation before the report is submitted", () => {
    const needing = (figures: ReportFigures) => kpisNeedingExplanation([emissions, refurbished], years[0], figures).map(({ kpi, reason }) => [kpi.kind, reason]);
    expect(needing(reported)).toEqual([["contract-emissions", "missed"], ["refurbished-share", "missed"]]);
    const explained = { ...reported, explanations: { "contract-emissions": "A new data centre came online in March." } };
    expect(needing(explained)).toEqual([["refurbished-share", "missed"]]);
  });

  it("a KPI the report gives no figure for needs an explanation too: no devices supplied leaves the refurbished share unexplained", () => {
    const needing = (figures: ReportFigures) => kpisNeedingExplanation([emissions, refurbished], years[0], figures).map(({ kpi, reason }) => [kpi.kind, reason]);
    expect(needing(figures({ scope1TCO2e: 80 }))).toEqual([["refurbished-share", "missing"]]);
    expect(needing(figures({ scope1TCO2e: 80, explanations: { "refurbished-share": "No devices were supplied this year." } }))).toEqual([]);
  });

  it("a year's report can be submitted from the day after the year ends (31 March 2026), not before", () => {
    expect(yearHasEnded(years[0], "2026-03-31")).toBe(false);
    expect(yearHasEnded(years[0], "2026-04-01")).toBe(true);
  });
});

describe("the organisation's sustainable-ICT report", () => {
  // Greenbyte's hosting starts 1 October 2024: year 1 to 30 September 2025, year 2 to 30 September 2026.
  const [hosting, devices] = exampleContracts();

  it("2025–26: year 1's 73 t reported for its 183 days in the year (73 × 183/365 = 36.6 t), year 2 estimated from it for 182 days (36.4 t), and 36.5 t estimated for the contract without a report", () => {
    const report = organisationReport([hosting, devices], 2025);
    expect(report.footprint).toEqual({ startYear: 2025, reportedTCO2e: 36.6, estimatedTCO2e: 72.9, totalTCO2e: 109.5, estimatedPercent: 66.6 });
    expect(report.contracts).toEqual([
      { id: "c1", supplierName: "Greenbyte Hosting Ltd", reportedTCO2e: 36.6, estimatedTCO2e: 36.4 },
      { id: "c2", supplierName: "Dyfais Cyf", reportedTCO2e: 0, estimatedTCO2e: 36.5 },
    ]);
  });

  it("the trend starts with the first contract's reporting year: 2024–25 holds 182 of year 1's 365 days, 73 × 182/365 = 36.4 t", () => {
    const report = organisationReport([hosting, devices], 2025);
    expect(report.trend.map((y) => [y.startYear, y.totalTCO2e, y.reportedTCO2e])).toEqual([[2024, 36.4, 36.4], [2025, 109.5, 36.6]]);
  });

  it("refurbished share counts the reports of contract years ending in the year: 10 of 40 devices is 25 %; none the year before, so no change is given", () => {
    const report = organisationReport([hosting, devices], 2025);
    expect(report.refurbished).toEqual({ percent: 25, previousPercent: null, changePoints: null, supplied: 40, refurbished: 10 });
  });

  it("the change on the previous year is in percentage points: 25 % after 20 % is +5", () => {
    const earlier: ReportedContract = { ...devices, id: "c3", startsOn: "2023-04-01", endsOn: "2025-03-31", reports: [{ year: 2, figures: figures({ devicesNew: 8, devicesRefurbished: 2 }) }] };
    expect(organisationReport([hosting, earlier], 2025).refurbished.changePoints).toBe(5);
  });

  it("end-of-life accounting: 5 reused + 14 recycled of 20 is 95 %, 1 landfilled is 5 %; suppliers with a valid plan and science-based targets are counted once each", () => {
    const report = organisationReport([hosting, devices], 2025);
    expect(report.endOfLife).toEqual({ reused: 5, recycled: 14, landfilled: 1, total: 20, reusedOrRecycledPercent: 95, landfilledPercent: 5 });
    expect(report.suppliers).toEqual({ total: 2, validCarbonReductionPlan: 2, scienceBasedTargets: 1 });
  });

  it("a year with no contracts has a zero footprint and no shares", () => {
    const report = organisationReport([], 2025);
    expect(report.footprint).toEqual({ startYear: 2025, reportedTCO2e: 0, estimatedTCO2e: 0, totalTCO2e: 0, estimatedPercent: null });
    expect(report.refurbished.percent).toBeNull();
  });
});

describe("report reminders", () => {
  const [year] = contractYears("2025-04-01", "2027-03-31"); // year 1 ends 31 March 2026; due 30 May 2026

  it("none while the year runs, nor in the first weeks after it: 16 May 2026 is 14 days before 30 May", () => {
    expect(reportReminder(year, "2026-03-31")).toBeNull();
    expect(reportReminder(year, "2026-05-15")).toBeNull();
    expect(reportReminder(year, "2026-05-16")).toBe("due-soon");
    expect(reportReminder(year, "2026-05-30")).toBe("due-soon");
  });

  it("overdue from the day after it was due", () => {
    expect(reportReminder(year, "2026-05-31")).toBe("overdue");
  });
});

describe("contract work on the dashboard", () => {
  const contract: DashboardContract = { id: "c", reference: "CCC-2025-007", startsOn: "2025-04-01", endsOn: "2028-03-31", kpiCount: 6, reports: [{ year: 1, submitted: true, reviewed: 1 }] };

  it("on 1 December 2026 the supplier has nothing to file (year 2 runs to 31 March 2027); on 1 June 2027 year 2 is overdue", () => {
    expect(contractWorkWaiting("supplier-admin", [contract], "2026-12-01")).toEqual([]);
    expect(contractWorkWaiting("supplier-admin", [contract], "2027-04-15")).toEqual([{ kind: "report-to-file", contractId: "c", reference: "CCC-2025-007", year: 2, dueOn: "2027-05-30", overdue: false }]);
    expect(contractWorkWaiting("supplier-admin", [contract], "2027-06-01")[0]).toMatchObject({ year: 2, overdue: true });
  });

  it("the specialist has 5 of year 1's 6 KPIs to review; the officer is told of an overdue report only", () => {
    expect(contractWorkWaiting("sustainability-specialist", [contract], "2026-12-01")).toEqual([{ kind: "kpis-to-review", contractId: "c", reference: "CCC-2025-007", year: 1, count: 5 }]);
    expect(contractWorkWaiting("procurement-officer", [contract], "2027-05-30")).toEqual([]);
    expect(contractWorkWaiting("procurement-officer", [contract], "2027-05-31")).toEqual([{ kind: "report-overdue", contractId: "c", reference: "CCC-2025-007", year: 2, dueOn: "2027-05-30" }]);
    expect(contractWorkWaiting("organisation-admin", [contract], "2027-06-01")).toEqual([]);
  });

  it("a query waits for the supplier's answer; once answered, it waits for the specialist again", () => {
    const queried = { ...contract, reports: [{ year: 1, submitted: true, reviewed: 6, queries: [{ kind: "landfill-share" as const, awaitingReply: true }] }] };
    expect(contractWorkWaiting("supplier-contributor", [queried], "2026-12-01")).toEqual([{ kind: "query-to-answer", contractId: "c", reference: "CCC-2025-007", year: 1, kpi: "landfill-share" }]);
    expect(contractWorkWaiting("sustainability-specialist", [queried], "2026-12-01")).toEqual([]);
    const answered = { ...contract, reports: [{ year: 1, submitted: true, reviewed: 6, queries: [{ kind: "landfill-share" as const, awaitingReply: false }] }] };
    expect(contractWorkWaiting("supplier-contributor", [answered], "2026-12-01")).toEqual([]);
    expect(contractWorkWaiting("sustainability-specialist", [answered], "2026-12-01")).toEqual([{ kind: "kpis-to-review", contractId: "c", reference: "CCC-2025-007", year: 1, count: 1 }]);
  });
});
