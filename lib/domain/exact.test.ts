import { describe, expect, it } from "vitest";
import { add, ceil, compare, div, exact, mul, round, sum } from "./exact";
import { formatNumber } from "./number-text";

describe("exact arithmetic", () => {
  it("reads a number as the decimal it was written as", () => {
    expect(compare(add(exact(0.1), exact(0.2)), exact(0.3))).toBe(0);
    expect(exact(2.5)).toEqual({ n: BigInt(5), d: BigInt(2) });
    expect(exact(1e-7)).toEqual({ n: BigInt(1), d: BigInt(10_000_000) });
    expect(exact(1e21)).toEqual({ n: BigInt(10) ** BigInt(21), d: BigInt(1) });
    expect(exact(-0.25)).toEqual({ n: BigInt(-1), d: BigInt(4) });
    expect(() => exact(Number.NaN)).toThrow(RangeError);
  });

  it("rounds half up once, where floating point rounds 1.005 and 53.475 down", () => {
    expect(round(exact(1.005), 2)).toBe(1.01);
    expect(Math.round(1.005 * 100) / 100).toBe(1); // why: 1.005 is 1.00499999999999989… as a double
    expect(round(div(exact(2139), exact(40)), 2)).toBe(53.48);
    expect(round(exact(2.345), 2)).toBe(2.35);
    expect(round(exact(-2.345), 2)).toBe(-2.35);
    expect(round(div(exact(7), exact(3)), 4)).toBe(2.3333);
    expect(round(exact(0.0004), 3)).toBe(0);
    expect(round(exact(99.995), 2)).toBe(100);
  });

  it("sums, multiplies and rounds up to whole numbers exactly", () => {
    expect(round(sum([exact(0.1), exact(0.2), exact(0.3)]), 10)).toBe(0.6);
    expect(round(mul(exact(125350), exact(0.0163)), 3)).toBe(2043.205);
    expect(ceil(div(exact(10), exact(4)))).toBe(3);
    expect(ceil(div(exact(8), exact(4)))).toBe(2);
    expect(ceil(div(exact(-10), exact(4)))).toBe(-2);
  });

  it("prints a number in a message as the page shows it", () => {
    expect(formatNumber(7 / 3)).toBe("2.33");
    expect(formatNumber(0.1 + 0.2)).toBe("0.3");
    expect(formatNumber(2)).toBe("2");
    expect(formatNumber(2.005)).toBe("2.01");
  });
});
