/**
 * Exact arithmetic for scores, weights and totals. Every figure a person enters is a decimal (a score of 2.5, a
 * weight of 30, 0.20705 kgCO2e/kWh); binary floating point cannot hold most of them, so sums and means drift in the
 * last digit and two equal totals can round apart (60.62 beside 60.63). Here a number is a fraction of two
 * integers, read from the decimal the person wrote, and rounded once, at the end, half away from zero — for the
 * non-negative totals and footprints the service shows, that is rounding half up.
 *
 * A fraction whose numerator and denominator are safe integers is held in plain numbers, which is nearly every
 * fraction scoring meets (a mean of three scores on a 0–4 scale, times a whole weight); it moves to BigInt only when
 * a result would not fit, so nothing is ever rounded on the way. Either way the fraction is kept in lowest terms with
 * a positive denominator, and in numbers whenever it fits.
 */
export type Exact = { readonly n: number; readonly d: number } | { readonly n: bigint; readonly d: bigint };

type Small = { readonly n: number; readonly d: number };
type Big = { readonly n: bigint; readonly d: bigint };

const ZERO_BIG = BigInt(0);
const ONE_BIG = BigInt(1);
const TWO_BIG = BigInt(2);
const TEN_BIG = BigInt(10);
const MAX_SAFE_BIG = BigInt(Number.MAX_SAFE_INTEGER);

const safe = Number.isSafeInteger;
const isSmall = (value: Exact): value is Small => typeof value.n === "number";
const toBig = (value: Exact): Big => (isSmall(value) ? { n: BigInt(value.n), d: BigInt(value.d) } : value);

function gcdSmall(a: number, b: number): number {
  let x = a < 0 ? -a : a;
  let y = b;
  while (y !== 0) {
    const rest = x % y;
    x = y;
    y = rest;
  }
  return x;
}

function gcdBig(a: bigint, b: bigint): bigint {
  let x = a < ZERO_BIG ? -a : a;
  let y = b;
  while (y !== ZERO_BIG) [x, y] = [y, x % y];
  return x;
}

/** n / d from safe integers, in lowest terms. */
function makeSmall(n: number, d: number): Exact {
  if (d === 0) throw new RangeError("division by zero");
  if (n === 0) return ZERO;
  if (d < 0) {
    n = -n;
    d = -d;
  }
  if (d === 1) return wholeNumber(n);
  const g = gcdSmall(n, d);
  return g === 1 ? fractionOf(n, d) : g === d ? wholeNumber(n / g) : fractionOf(n / g, d / g);
}

// Means of a few scores on a small scale, normalised to 0..1, are a few hundred fractions met tens of thousands of
// times in a large tender: each with a small denominator and numerator is made once and shared.
const SHARED_DENOMINATORS = 256;
const SHARED_NUMERATORS = 4096;
const sharedFractions: (Exact[] | undefined)[] = [];

/** n / d in lowest terms (d > 1), shared when both are small. */
function fractionOf(n: number, d: number): Exact {
  if (d >= SHARED_DENOMINATORS || n < 0 || n >= SHARED_NUMERATORS) return { n, d };
  const byNumerator = (sharedFractions[d] ??= []);
  return (byNumerator[n] ??= { n, d });
}

/** n / d from BigInts, in lowest terms, and in numbers when both fit. */
function makeBig(n: bigint, d: bigint): Exact {
  if (d === ZERO_BIG) throw new RangeError("division by zero");
  if (d < ZERO_BIG) [n, d] = [-n, -d];
  const g = gcdBig(n, d);
  if (g !== ONE_BIG && g !== ZERO_BIG) [n, d] = [n / g, d / g];
  const magnitude = n < ZERO_BIG ? -n : n;
  return magnitude <= MAX_SAFE_BIG && d <= MAX_SAFE_BIG ? makeSmall(Number(n), Number(d)) : { n, d };
}

export const ZERO: Exact = { n: 0, d: 1 };
export const ONE: Exact = { n: 1, d: 1 };

// Scores and weights are mostly small whole numbers, made once; other decimals are read from their text once.
const wholeNumbers: readonly Exact[] = Array.from({ length: 1024 }, (_, n) => (n === 0 ? ZERO : n === 1 ? ONE : { n, d: 1 }));

/** A safe whole number as a fraction, shared when it is small. */
const wholeNumber = (n: number): Exact => (n >= 0 && n < wholeNumbers.length ? wholeNumbers[n] : { n, d: 1 });

/** The numerator and denominator as BigInts, whichever way the fraction is held: for tests and diagnostics. */
export const fraction = (value: Exact): Big => toBig(value);

const readDecimals = new Map<number, Exact>();
const READ_DECIMALS_KEPT = 4096;

/**
 * The decimal a number was written as: JavaScript prints the shortest decimal that reads back as the same double,
 * which is the figure typed or stored (0.1 is one tenth here, not 0.1000000000000000055…).
 */
export function exact(value: number): Exact {
  if (safe(value)) return wholeNumber(value + 0); // −0 is 0
  const known = readDecimals.get(value);
  if (known) return known;
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  if (!match) throw new RangeError(`cannot read ${value} as a decimal`);
  const [, sign, whole, decimals = "", exponentText = "0"] = match;
  const exponent = Number(exponentText) - decimals.length;
  let n = BigInt(whole + decimals);
  let d = ONE_BIG;
  if (exponent >= 0) n *= TEN_BIG ** BigInt(exponent);
  else d = TEN_BIG ** BigInt(-exponent);
  const read = makeBig(sign === "-" ? -n : n, d);
  if (readDecimals.size >= READ_DECIMALS_KEPT) readDecimals.clear();
  readDecimals.set(value, read);
  return read;
}

// Each operation works in numbers while every intermediate product is a safe integer (a product that is not exact
// in a double is also not safe, so the check cannot be fooled by rounding), and in BigInt otherwise.

export function add(a: Exact, b: Exact): Exact {
  if (isSmall(a) && isSmall(b)) {
    if (a.d === b.d) {
      const n = a.n + b.n;
      if (safe(n)) return makeSmall(n, a.d);
    } else {
      const left = a.n * b.d;
      const right = b.n * a.d;
      const d = a.d * b.d;
      const n = left + right;
      if (safe(left) && safe(right) && safe(d) && safe(n)) return makeSmall(n, d);
    }
  }
  const x = toBig(a);
  const y = toBig(b);
  return x.d === y.d ? makeBig(x.n + y.n, x.d) : makeBig(x.n * y.d + y.n * x.d, x.d * y.d);
}

const negate = (value: Exact): Exact => (isSmall(value) ? (value.n === 0 ? ZERO : { n: -value.n, d: value.d }) : { n: -value.n, d: value.d });

export const sub = (a: Exact, b: Exact): Exact => add(a, negate(b));

export function mul(a: Exact, b: Exact): Exact {
  if (isSmall(a) && isSmall(b)) {
    const n = a.n * b.n;
    const d = a.d * b.d;
    if (safe(n) && safe(d)) return makeSmall(n, d);
  }
  const x = toBig(a);
  const y = toBig(b);
  return makeBig(x.n * y.n, x.d * y.d);
}

export function div(a: Exact, b: Exact): Exact {
  if (isSmall(a) && isSmall(b)) {
    const n = a.n * b.d;
    const d = a.d * b.n;
    if (safe(n) && safe(d)) return makeSmall(n, d);
  }
  const x = toBig(a);
  const y = toBig(b);
  return makeBig(x.n * y.d, x.d * y.n);
}

/** n / d for safe integers (d ≠ 0), in lowest terms: a mean of whole scores without a fraction made on the way. */
export const quotient = (n: number, d: number): Exact => makeSmall(n, d);

export const sum = (values: readonly Exact[]): Exact => values.reduce(add, ZERO);

export function compare(a: Exact, b: Exact): -1 | 0 | 1 {
  if (isSmall(a) && isSmall(b)) {
    if (a.d === b.d) return a.n < b.n ? -1 : a.n > b.n ? 1 : 0;
    const left = a.n * b.d;
    const right = b.n * a.d;
    if (safe(left) && safe(right)) return left < right ? -1 : left > right ? 1 : 0;
  }
  const x = toBig(a);
  const y = toBig(b);
  const left = x.n * y.d;
  const right = y.n * x.d;
  return left < right ? -1 : left > right ? 1 : 0;
}

export const min = (a: Exact, b: Exact): Exact => (compare(a, b) <= 0 ? a : b);
export const max = (a: Exact, b: Exact): Exact => (compare(a, b) >= 0 ? a : b);
export const clamp = (value: Exact, low: Exact, high: Exact): Exact => min(high, max(low, value));

const scales = Array.from({ length: 16 }, (_, decimals) => 10 ** decimals);

/** ⌊a / b⌋ for non-negative safe integers whose sum is safe, exactly (the double quotient can be one out). */
function floorDivide(a: number, b: number): number {
  let quotient = Math.floor(a / b);
  const rest = a - quotient * b;
  if (rest < 0) quotient--;
  else if (rest >= b) quotient++;
  return quotient;
}

/** Rounded once to `decimals` places, half away from zero (half up for the non-negative figures shown). */
export function round(value: Exact, decimals: number): number {
  if (isSmall(value) && decimals < scales.length) {
    const scale = scales[decimals];
    const magnitude = value.n < 0 ? -value.n : value.n;
    // floor((2·|n|·scale + d) / 2d) is |value|·scale rounded half up.
    const numerator = 2 * magnitude * scale + value.d;
    const denominator = 2 * value.d;
    if (safe(numerator) && safe(numerator + denominator)) {
      const units = floorDivide(numerator, denominator);
      // Both are exact integers, so the quotient is the double nearest the rounded decimal, as Number("2.33") is.
      const shown = units / scale;
      return value.n < 0 && units !== 0 ? -shown : shown;
    }
  }
  const big = toBig(value);
  const scale = TEN_BIG ** BigInt(decimals);
  const negative = big.n < ZERO_BIG;
  const magnitude = negative ? -big.n : big.n;
  const units = (TWO_BIG * magnitude * scale + big.d) / (TWO_BIG * big.d);
  const text = units.toString().padStart(decimals + 1, "0");
  const shown = decimals === 0 ? text : `${text.slice(0, text.length - decimals)}.${text.slice(text.length - decimals)}`;
  // Reading the rounded decimal back gives the double nearest to it, which prints as exactly that decimal.
  return Number(negative && units !== ZERO_BIG ? `-${shown}` : shown);
}

/**
 * A number rounded exactly as `round(exact(value), decimals)` rounds it, from its decimal text without fractions:
 * the digits kept, and one more unit when the first digit dropped is 5 or more (half away from zero).
 */
export function roundNumber(value: number, decimals: number): number {
  if (safe(value)) return value + 0; // whole already; −0 reads as 0
  const text = String(value);
  const point = text.indexOf(".");
  if (point < 0 || text.includes("e") || decimals >= scales.length) return round(exact(value), decimals);
  const negative = text.charCodeAt(0) === 45; // "-"
  const decimalsWritten = text.length - point - 1;
  if (decimalsWritten <= decimals) return value;
  const kept = text.slice(negative ? 1 : 0, point) + text.slice(point + 1, point + 1 + decimals);
  if (kept.length > 15) return round(exact(value), decimals);
  const units = Number(kept) + (text.charCodeAt(point + 1 + decimals) >= 53 ? 1 : 0); // 53 is "5"
  const shown = units / scales[decimals];
  return negative && units !== 0 ? -shown : shown;
}

/** The nearest double: for figures kept whole (a mean to compare on a chart), never for a total that is shown. */
export const toNumber = (value: Exact): number => (isSmall(value) ? value.n / value.d : Number(value.n) / Number(value.d));

/** The smallest whole number not below the value. */
export function ceil(value: Exact): number {
  if (isSmall(value) && safe(Math.abs(value.n) + value.d)) {
    if (value.d === 1) return value.n;
    const magnitude = Math.abs(value.n);
    const whole = floorDivide(magnitude, value.d);
    return value.n > 0 ? whole + 1 : 0 - whole; // not whole (lowest terms, d > 1), so up from a positive, toward zero from a negative
  }
  const big = toBig(value);
  const quotient = big.n / big.d; // BigInt division truncates toward zero
  return Number(big.n > ZERO_BIG && quotient * big.d !== big.n ? quotient + ONE_BIG : quotient);
}
