import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { carbonReductionPlanReason } from "../assessment-setup/carbon-reduction-plan-gate";
import { assessmentStatus, canArchive, canDelete, canRecordOutcome, statusRank, type AssessmentFacts, type AssessmentStatus } from "./assessment-status";
import { deadlineProblem, latestDeadline } from "./deadline-window";
import { standstillPeriod } from "./standstill";
import { supplierOutcome } from "./supplier-outcome";
import { easterSunday, isWorkingDay, lastOfWorkingDays, ukHolidays } from "./working-days";

const deadline = new Date("2027-03-27T12:00:00Z");
const before = new Date("2027-03-27T11:59:59Z");
const facts = (overrides: Partial<AssessmentFacts> = {}): AssessmentFacts => ({ published: true, responseDeadline: deadline, fullyEvaluated: false, outcome: null, ...overrides });

describe("an assessment's status", () => {
  it("is a draft until published, whatever the clock says", () => {
    expect(assessmentStatus(facts({ published: false }), before)).toBe("draft");
    expect(assessmentStatus(facts({ published: false, fullyEvaluated: true }), new Date("2030-01-01"))).toBe("draft");
  });

  it("is open until the deadline and closed from the deadline itself", () => {
    expect(assessmentStatus(facts(), before)).toBe("open");
    expect(assessmentStatus(facts(), deadline)).toBe("closed");
  });

  it("is evaluated once every counting score is in, only after the deadline", () => {
    expect(assessmentStatus(facts({ fullyEvaluated: true }), before)).toBe("open");
    expect(assessmentStatus(facts({ fullyEvaluated: true }), deadline)).toBe("evaluated");
  });

  it("is awarded or cancelled once the officer records the decision", () => {
    expect(assessmentStatus(facts({ fullyEvaluated: true, outcome: "awarded" }), deadline)).toBe("awarded");
    expect(assessmentStatus(facts({ outcome: "cancelled" }), before)).toBe("cancelled");
  });

  it("never goes back a stage as time passes (property)", () => {
    const arbitraryFacts = fc.record({
      published: fc.boolean(),
      responseDeadline: fc.date({ min: new Date("2025-01-01"), max: new Date("2030-01-01"), noInvalidDate: true }),
      fullyEvaluated: fc.boolean(),
      outcome: fc.constantFrom(null, "awarded" as const, "cancelled" as const),
    });
    const instant = fc.date({ min: new Date("2024-01-01"), max: new Date("2031-01-01"), noInvalidDate: true });
    fc.assert(
      fc.property(arbitraryFacts, instant, instant, (given, a, b) => {
        const [earlier, later] = a <= b ? [a, b] : [b, a];
        const first = assessmentStatus(given, earlier);
        const second = assessmentStatus(given, later);
        expect(statusRank(second)).toBeGreaterThanOrEqual(statusRank(first));
        // Before its deadline a published assessment without a decision is open; after it, never.
        if (given.published && !given.outcome) expect(first === "open").toBe(earlier < given.responseDeadline);
      }),
    );
  });

  it("lets a decision be recorded only at the right stage", () => {
    const cases: [AssessmentStatus, boolean, boolean][] = [
      ["draft", false, false],
      ["open", false, true],
      ["closed", false, true],
      ["evaluated", true, true],
      ["awarded", false, false],
      ["cancelled", false, false],
    ];
    for (const [status, award, cancel] of cases) {
      expect(canRecordOutcome(status, "awarded"), `award when ${status}`).toBe(award);
      expect(canRecordOutcome(status, "cancelled"), `cancel when ${status}`).toBe(cancel);
    }
  });

  it("deletes only drafts and archives only finished assessments", () => {
    expect(["draft", "open", "closed", "evaluated", "awarded", "cancelled"].filter((s) => canDelete(s as AssessmentStatus))).toEqual(["draft"]);
    expect(["draft", "open", "closed", "evaluated", "awarded", "cancelled"].filter((s) => canArchive(s as AssessmentStatus))).toEqual(["awarded", "cancelled"]);
  });
});

describe("what a supplier sees of its own response", () => {
  const seen = (assessmentStatus: AssessmentStatus, responseStatus: "not-started" | "in-progress" | "submitted" | "withdrawn", awardedSupplierId: string | null = null) =>
    supplierOutcome({ assessmentStatus, responseStatus, awardedSupplierId, supplierId: "s1" });

  it("shows its progress while the assessment is open", () => {
    expect(seen("open", "in-progress")).toBe("in-progress");
    expect(seen("open", "submitted")).toBe("submitted");
  });

  it("shows 'did not submit' after the deadline for a response started, withdrawn or never begun", () => {
    for (const status of ["not-started", "in-progress", "withdrawn"] as const) {
      for (const stage of ["closed", "evaluated", "awarded"] as const) expect(seen(stage, status, "s2")).toBe("did-not-submit");
    }
  });

  it("shows 'cancelled' to everyone invited once the procurement is cancelled, even before its deadline", () => {
    for (const status of ["not-started", "in-progress", "submitted", "withdrawn"] as const) expect(seen("cancelled", status)).toBe("cancelled");
  });

  it("shows submitted until the decision, then awarded or not awarded", () => {
    expect(seen("closed", "submitted")).toBe("submitted");
    expect(seen("evaluated", "submitted")).toBe("submitted");
    expect(seen("awarded", "submitted", "s1")).toBe("awarded");
    expect(seen("awarded", "submitted", "s2")).toBe("not-awarded");
    expect(seen("cancelled", "submitted")).toBe("cancelled");
  });
});

describe("deadline window", () => {
  const now = new Date("2026-12-01T09:00:00Z");

  it("refuses a deadline now or in the past", () => {
    expect(deadlineProblem(now, now)).toBe("past");
    expect(deadlineProblem(new Date("2026-11-30T09:00:00Z"), now)).toBe("past");
  });

  it("accepts up to two years ahead, and refuses the year 3000", () => {
    expect(latestDeadline(now).toISOString()).toBe("2028-12-01T09:00:00.000Z");
    expect(deadlineProblem(new Date("2028-12-01T09:00:00Z"), now)).toBeNull();
    expect(deadlineProblem(new Date("2028-12-01T09:01:00Z"), now)).toBe("tooFar");
    expect(deadlineProblem(new Date("3000-01-01T12:00:00Z"), now)).toBe("tooFar");
  });

  it("only ever moves a published deadline later", () => {
    const current = new Date("2027-01-15T12:00:00Z");
    expect(deadlineProblem(new Date("2027-01-14T12:00:00Z"), now, current)).toBe("notLater");
    expect(deadlineProblem(current, now, current)).toBe("notLater");
    expect(deadlineProblem(new Date("2027-01-22T12:00:00Z"), now, current)).toBeNull();
  });
});

describe("working days and the standstill period (Procurement Act 2023 s.51, s.123)", () => {
  it("finds Easter in known years", () => {
    expect(["2025", "2026", "2027", "2028"].map((y) => easterSunday(Number(y)))).toEqual(["2025-04-20", "2026-04-05", "2027-03-28", "2028-04-16"]);
  });

  it("knows the bank holidays of every part of the UK in 2026, with substitute days", () => {
    expect([...ukHolidays(2026)].sort()).toEqual([
      "2026-01-01", "2026-01-02", "2026-03-17", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-07-13",
      "2026-08-03", "2026-08-31", "2026-11-30", "2026-12-25", "2026-12-28",
    ]);
  });

  it("moves New Year and Christmas holidays that fall at a weekend (2027 and 2022)", () => {
    expect([...ukHolidays(2027)].filter((d) => d.startsWith("2027-01") || d.startsWith("2027-12")).sort()).toEqual(["2027-01-01", "2027-01-04", "2027-12-25", "2027-12-27", "2027-12-28"]);
    // 2022: 1 January a Saturday; 25 December a Sunday; plus the jubilee and the state funeral.
    const holidays2022 = [...ukHolidays(2022)].sort();
    expect(holidays2022).toEqual(expect.arrayContaining(["2022-01-03", "2022-01-04", "2022-06-02", "2022-06-03", "2022-09-19", "2022-12-25", "2022-12-26", "2022-12-27"]));
  });

  it("counts eight working days beginning with the notice day", () => {
    // Monday 1 March 2027: eight working days end on Wednesday 10 March.
    expect(standstillPeriod("2027-03-01")).toEqual({ firstDay: "2027-03-01", lastDay: "2027-03-10", workingDays: 8 });
    // A notice on a Saturday starts counting on Monday, and St Patrick's Day (Northern Ireland) does not count.
    expect(standstillPeriod("2027-03-06").lastDay).toBe("2027-03-18");
    // Across St Patrick's Day (NI), Good Friday and Easter Monday 2027: 16, 18, 19, 22–25 and 30 March.
    expect(standstillPeriod("2027-03-16").lastDay).toBe("2027-03-30");
    // Across Christmas 2026: 21 Dec, 22, 23, 24, (25, 26, 27, 28 off), 29, 30, 31, (1, 2 Jan off; 2027: 1 Jan, 4 Jan) 5 Jan.
    expect(standstillPeriod("2026-12-21").lastDay).toBe("2027-01-05");
  });

  it("never ends on a day that is not a working day, and spans exactly eight of them (property)", () => {
    const day = fc.integer({ min: 0, max: 365 * 6 }).map((n) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, (start) => {
        const last = lastOfWorkingDays(start, 8);
        expect(isWorkingDay(last)).toBe(true);
        let count = 0;
        for (let d = new Date(`${start}T00:00:00Z`); d.toISOString().slice(0, 10) <= last; d = new Date(d.getTime() + 86_400_000)) {
          if (isWorkingDay(d.toISOString().slice(0, 10))) count += 1;
        }
        expect(count).toBe(8);
      }),
    );
  });
});

describe("the Carbon Reduction Plan condition, with its reason", () => {
  it("is mandatory above £5m a year in England and from £5m in Wales, naming the policy", () => {
    expect(carbonReductionPlanReason("wales", 6_200_000, false)).toEqual({ required: true, reason: "mandatory", policy: "WPPN 006" });
    expect(carbonReductionPlanReason("wales", 5_000_000, false)).toEqual({ required: true, reason: "mandatory", policy: "WPPN 006" });
    expect(carbonReductionPlanReason("england", 5_000_001, false)).toEqual({ required: true, reason: "mandatory", policy: "PPN 006" });
    expect(carbonReductionPlanReason("england", 5_000_000, false)).toEqual({ required: false, reason: "not-required", policy: "PPN 006" });
  });

  it("is the buyer's choice below it, or elsewhere", () => {
    expect(carbonReductionPlanReason("england", 4_999_999, true)).toEqual({ required: true, reason: "chosen", policy: "PPN 006" });
    expect(carbonReductionPlanReason("wales", 100_000, false)).toEqual({ required: false, reason: "not-required", policy: "WPPN 006" });
    expect(carbonReductionPlanReason("scotland", 9_000_000, false)).toEqual({ required: false, reason: "not-required", policy: null });
  });
});

describe("a minimum score against the scale", () => {
  it("must lie between the lowest and highest points, whatever their order", async () => {
    const { isWithinScale, scalePresets } = await import("../assessment-setup/scales");
    const scale = scalePresets["0-4"].points;
    expect([-1, 0, 4, 5].map((value) => isWithinScale(scale, value))).toEqual([false, true, true, false]);
    expect(isWithinScale([...scalePresets["0-100"].points].reverse(), 60)).toBe(true);
    expect(isWithinScale([], 0)).toBe(false);
  });
});
