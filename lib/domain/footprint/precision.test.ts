import { describe, expect, it } from "vitest";
import { div, exact } from "../exact";
import { shownKgPerUnit, shownTonnes, significantFigures } from "./precision";

describe("how precisely a footprint is shown", () => {
  it("tonnes below 100 to three significant figures: 49.215515 t → 49.2 t; 0.2307347 t → 0.231 t; 0.0004 t → 0.0004 t", () => {
    expect(shownTonnes(exact(49.215515))).toEqual({ value: 49.2, fractionDigits: 1 });
    expect(shownTonnes(exact(0.2307347))).toEqual({ value: 0.231, fractionDigits: 3 });
    expect(shownTonnes(exact(0.0004))).toEqual({ value: 0.0004, fractionDigits: 6 }); // 0.000400: trailing zeros are not printed
    expect(shownTonnes(exact(7))).toEqual({ value: 7, fractionDigits: 2 });
  });

  it("tonnes from 100 to a tenth of a tonne: 1,933,026.019515 t → 1,933,026.0 t; 100.04 t → 100.0 t; 99.96 t → 100.0 t (three figures)", () => {
    expect(shownTonnes(exact(1_933_026.019515))).toEqual({ value: 1_933_026, fractionDigits: 1 });
    expect(shownTonnes(exact(100.04))).toEqual({ value: 100, fractionDigits: 1 });
    expect(shownTonnes(exact(99.96))).toEqual({ value: 100, fractionDigits: 1 });
    expect(shownTonnes(exact(123.45))).toEqual({ value: 123.5, fractionDigits: 1 }); // half up, exactly
  });

  it("rounds half up from the exact figure: 0.1235 → 0.124, where floating point (0.12349999…) would give 0.123", () => {
    expect(significantFigures(exact(0.1235), 3)).toEqual({ value: 0.124, fractionDigits: 3 });
    expect(significantFigures(div(exact(2), exact(3)), 3)).toEqual({ value: 0.667, fractionDigits: 3 });
  });

  it("kg per unit to three significant figures: 49,215.515 kg ÷ 12,000 users = 4.10129… → 4.1 kg; 1,234,567 kg ÷ 1 → 1,230,000 kg", () => {
    expect(shownKgPerUnit(div(exact(49_215.515), exact(12_000)))).toEqual({ value: 4.1, fractionDigits: 2 });
    expect(shownKgPerUnit(exact(1_234_567))).toEqual({ value: 1_230_000, fractionDigits: 0 });
    expect(shownKgPerUnit(div(exact(230.7347), exact(2_000_000)))).toEqual({ value: 0.000115, fractionDigits: 6 });
    expect(shownKgPerUnit(exact(0))).toEqual({ value: 0, fractionDigits: 0 });
  });

  it("finds the leading digit exactly at a power of ten: 1000 → 1,000; 0.001 → 0.001; 999.5 → 1,000", () => {
    expect(significantFigures(exact(1000), 3)).toEqual({ value: 1000, fractionDigits: 0 });
    expect(significantFigures(exact(0.001), 3)).toEqual({ value: 0.001, fractionDigits: 5 });
    expect(significantFigures(exact(999.5), 3)).toEqual({ value: 1000, fractionDigits: 0 });
  });
});
