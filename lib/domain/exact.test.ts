import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { add, ceil, compare, div, exact, fraction, mul, round, roundNumber, sub, sum, type Exact } from "./exact";
import { formatNumber } from "./number-text";

describe("exact arithmetic", () => {
  it("reads a number as the decimal it was written as", () => {
    expect(compare(add(exact(0.1), exact(0.2)), exact(0.3))).toBe(0);
    expect(fraction(exact(2.5))).toEqual({ n: BigInt(5), d: BigInt(2) });
    expect(fraction(exact(1e-7))).toEqual({ n: BigInt(1), d: BigInt(10_000_000) });
    expect(fraction(exact(1e21))).toEqual({ n: BigInt(10) ** BigInt(21), d: BigInt(1) });
    expect(fraction(exact(-0.25))).toEqual({ n: BigInt(-1), d: BigInt(4) });
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

  it("works in plain numbers while they hold the fraction, and in BigInt beyond, with the same results", () => {
    // A reference in BigInt only: a / b in lowest terms.
    const big = (n: bigint, d: bigint) => {
      const gcd = (x: bigint, y: bigint): bigint => (y === BigInt(0) ? (x < 0 ? -x : x) : gcd(y, x % y));
      const g = gcd(n, d) || BigInt(1);
      return d < 0 ? { n: -n / g, d: -d / g } : { n: n / g, d: d / g };
    };
    const operand = fc.oneof(
      fc.integer({ min: -1_000, max: 1_000 }),
      fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
      fc.constantFrom(Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 0.1, 2.5, 1e-7, 94906267, 3e15),
    );
    fc.assert(
      fc.property(operand, operand, (x, y) => {
        const a = exact(x);
        const b = exact(y);
        const [p, q] = [fraction(a), fraction(b)];
        expect(fraction(add(a, b))).toEqual(big(p.n * q.d + q.n * p.d, p.d * q.d));
        expect(fraction(sub(a, b))).toEqual(big(p.n * q.d - q.n * p.d, p.d * q.d));
        expect(fraction(mul(a, b))).toEqual(big(p.n * q.n, p.d * q.d));
        if (q.n !== BigInt(0)) expect(fraction(div(a, b))).toEqual(big(p.n * q.d, p.d * q.n));
        const sign = p.n * q.d - q.n * p.d;
        expect(compare(a, b)).toBe(sign < 0 ? -1 : sign > 0 ? 1 : 0);
        // Held in numbers exactly when both parts fit.
        const held: Exact = mul(a, b);
        const limit = BigInt(Number.MAX_SAFE_INTEGER);
        const product = fraction(held);
        const fits = (product.n < 0 ? -product.n : product.n) <= limit && product.d <= limit;
        expect(typeof held.n === "number").toBe(fits);
      }),
      { numRuns: 2000 },
    );
  });

  it("rounds a number from its decimal text as it rounds the exact fraction", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 6 }), (value, decimals) => {
        expect(roundNumber(value, decimals)).toBe(round(exact(value), decimals));
      }),
      { numRuns: 5000 },
    );
    expect(roundNumber(2.345, 2)).toBe(2.35);
    expect(roundNumber(-2.345, 2)).toBe(-2.35);
    expect(roundNumber(99.995, 2)).toBe(100);
    expect(roundNumber(-0.004, 2)).toBe(0);
    expect(Object.is(roundNumber(-0.004, 2), -0)).toBe(false);
    expect(roundNumber(7 / 3, 4)).toBe(2.3333);
  });
});
