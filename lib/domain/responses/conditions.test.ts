import { describe, expect, it } from "vitest";
import { conditionAnswerOf, declareConditions, firstUnansweredCondition, gateResultOf } from "./conditions";

describe("conditions of participation", () => {
  it("record a supplier's yes as a pass and its no as a fail, and read back the same way", () => {
    expect(gateResultOf("yes")).toBe("pass");
    expect(gateResultOf("no")).toBe("fail");
    expect(conditionAnswerOf("pass")).toBe("yes");
    expect(conditionAnswerOf("fail")).toBe("no");
    expect(conditionAnswerOf(undefined)).toBeUndefined();
  });

  it("name the first unanswered condition in the buyer's order; a no counts as answered", () => {
    const conditions = [{ id: "a" }, { id: "b" }, { id: "c" }];
    expect(firstUnansweredCondition(conditions, undefined)).toEqual({ id: "a" });
    expect(firstUnansweredCondition(conditions, { a: "fail", c: "pass" })).toEqual({ id: "b" });
    expect(firstUnansweredCondition(conditions, { a: "fail", b: "pass", c: "pass" })).toBeUndefined();
    expect(firstUnansweredCondition([], undefined)).toBeUndefined();
  });

  it("merge new answers over old ones, drop conditions the assessment no longer has, and refuse unknown ones", () => {
    expect(declareConditions(["a", "b"], { a: "pass", gone: "fail" }, { b: "fail" })).toEqual({ gateResults: { a: "pass", b: "fail" } });
    expect(declareConditions(["a", "b"], { a: "pass" }, { a: "fail" })).toEqual({ gateResults: { a: "fail" } });
    expect(declareConditions(["a"], undefined, { a: "pass", other: "pass" })).toEqual({ unknown: "other" });
  });
});
