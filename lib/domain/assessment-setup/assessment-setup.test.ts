import { describe, expect, it } from "vitest";
import { latestFramework } from "../framework/registry";
import { initialCriteria } from "./initial-criteria";
import { fromLondonTime, toLondonTime } from "./london-time";
import { presetOf, scalePresets } from "./scales";

describe("a new assessment's criteria", () => {
  it.each(["2020", "2025"] as const)("takes every business rule criterion at the %s level, weights totalling 100", (level) => {
    const drafts = initialCriteria(latestFramework, level, scalePresets["0-4"].points);
    const expected = latestFramework.criteria.filter((criterion) => criterion.level === level && criterion.rule !== "OUTCOME");
    expect(drafts.map((draft) => draft.frameworkCriterionId)).toEqual(expected.map((criterion) => criterion.id));
    expect(drafts.reduce((sum, draft) => sum + draft.weight, 0)).toBe(100);
    for (const rule of ["BR1", "BR2", "BR3"]) {
      const ruleTotal = drafts.filter((draft) => draft.rule === rule).reduce((sum, draft) => sum + draft.weight, 0);
      expect([33, 34]).toContain(ruleTotal);
    }
  });

  it("words the lowest, middle and highest points with the framework's suggestions", () => {
    const [first] = initialCriteria(latestFramework, "2020", scalePresets["0-4"].points);
    const criterion = latestFramework.criteria.find((c) => c.id === first.frameworkCriterionId)!;
    expect(first.descriptors["0"]).toEqual(criterion.suggestedDescriptors.low);
    expect(first.descriptors["2"]).toEqual(criterion.suggestedDescriptors.middle);
    expect(first.descriptors["4"]).toEqual(criterion.suggestedDescriptors.high);
    expect(first.descriptors["1"]).toEqual(scalePresets["0-4"].points[1].descriptor);
    expect(first.evidence.en.split("\n").length).toBe(criterion.evidenceAskedFor.length);
  });
});

describe("scales", () => {
  it("has a descriptor in both languages for every point, and recognises a preset", () => {
    for (const preset of Object.values(scalePresets)) {
      for (const point of preset.points) expect(point.descriptor.en && point.descriptor.cy).toBeTruthy();
    }
    expect(presetOf(scalePresets["0-100"].points)).toBe("0-100");
    expect(presetOf([{ value: 1, descriptor: { en: "x", cy: "x" } }])).toBeNull();
  });
});

describe("UK time", () => {
  it("reads a winter deadline as GMT and a summer one as BST", () => {
    expect(fromLondonTime(2027, 1, 15, 12, 0)?.toISOString()).toBe("2027-01-15T12:00:00.000Z");
    expect(fromLondonTime(2027, 7, 15, 12, 0)?.toISOString()).toBe("2027-07-15T11:00:00.000Z");
    expect(toLondonTime(new Date("2027-07-15T11:00:00.000Z"))).toEqual({ year: 2027, month: 7, day: 15, hour: 12, minute: 0 });
  });

  it("refuses dates that do not exist", () => {
    expect(fromLondonTime(2027, 2, 30, 12, 0)).toBeNull();
    expect(fromLondonTime(2027, 13, 1, 12, 0)).toBeNull();
    expect(fromLondonTime(2027, 1, 1, 24, 0)).toBeNull();
  });

  it("handles the days the clocks change", () => {
    expect(fromLondonTime(2027, 3, 28, 0, 30)?.toISOString()).toBe("2027-03-28T00:30:00.000Z");
    expect(fromLondonTime(2027, 3, 28, 3, 0)?.toISOString()).toBe("2027-03-28T02:00:00.000Z");
    expect(fromLondonTime(2027, 10, 31, 3, 0)?.toISOString()).toBe("2027-10-31T03:00:00.000Z");
  });
});

describe("the Carbon Reduction Plan gate", () => {
  it("is on above £5m a year in England (PPN 006) and from £5m in Wales (WPPN 006), whatever the buyer chose", async () => {
    const { carbonReductionPlanRequired } = await import("./carbon-reduction-plan-gate");
    expect(carbonReductionPlanRequired("wales", 5_000_000, false)).toBe(true);
    expect(carbonReductionPlanRequired("wales", 4_999_999, false)).toBe(false);
    expect(carbonReductionPlanRequired("england", 5_000_000, false)).toBe(false);
    expect(carbonReductionPlanRequired("england", 5_000_001, false)).toBe(true);
    expect(carbonReductionPlanRequired("scotland", 50_000_000, false)).toBe(false);
    expect(carbonReductionPlanRequired("england", 100_000, true)).toBe(true);
  });
});
