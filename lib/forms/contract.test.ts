import { describe, expect, it } from "vitest";
import { parseContractTerms, parsePounds } from "./contract";

describe("the contract form", () => {
  it("reads pounds as people write them, and says what is wrong with the rest", () => {
    expect(parsePounds("£1,250,000")).toEqual({ pounds: 1_250_000 });
    expect(parsePounds(" 600000 ")).toEqual({ pounds: 600_000 });
    expect(parsePounds("")).toEqual({ error: "contractValue.required" });
    expect(parsePounds("0")).toEqual({ error: "contractValue.zero" });
    expect(parsePounds("£1,000.50")).toEqual({ error: "contractValue.pence" });
    expect(parsePounds("-5")).toEqual({ error: "contractValue.invalid" });
    expect(parsePounds("1e20")).toEqual({ error: "contractValue.invalid" });
    expect(parsePounds("100000000001")).toEqual({ error: "contractValue.tooLarge" });
  });

  it("gives every problem at once: no dates, and an impossible one", () => {
    expect(parseContractTerms({ startDay: "31", startMonth: "2", startYear: "2027", value: "" })).toEqual({
      success: false,
      errors: { startDay: "contractStart.invalid", endDay: "contractEnd.required", value: "contractValue.required" },
    });
    expect(parseContractTerms({ startDay: "1", startMonth: "4", startYear: "2027", endDay: "31", endMonth: "3", endYear: "2030", value: "£180,000" })).toEqual({
      success: true,
      data: { startsOn: "2027-04-01", endsOn: "2030-03-31", value: 180_000 },
    });
  });
});
