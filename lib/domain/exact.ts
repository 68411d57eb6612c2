/**
 * Exact arithmetic for scores, weights and totals. Every figure a person enters is a decimal (a score of 2.5, a
 * weight of 30, 0.20705 kgCO2e/kWh); binary floating point cannot hold most of them, so sums and means drift in the
 * last digit and two equal totals can round apart (60.62 beside 60.63). Here a number is a fraction of two
 * integers, read from the decimal the person wrote, and rounded once, at the end, half away from zero — for the
 * non-negative totals and footprints the service shows, that is rounding half up.
 */
export type Exact = { readonly n: bigint; readonly d: bigint };

const ZERO_BIG = BigInt(0);
const ONE_BIG = BigInt(1);
const TWO_BIG = BigInt(2);
const TEN_BIG = BigInt(10);

function gcd(a: bigint, b: bigint): bigint {
  let x = a < ZERO_BIG ? -a : a;
  let y = b;
  while (y !== ZERO_BIG) [x, y] = [y, x % y];
  return x;
}

function make(n: bigint, d: bigint): Exact {
  if (d === ZERO_BIG) throw new RangeError("division by zero");
  if (d < ZERO_BIG) [n, d] = [-n, -d];
  if (d === ONE_BIG || n === ZERO_BIG) return { n, d: n === ZERO_BIG ? ONE_BIG : d };
  const g = gcd(n, d);
  return g === ONE_BIG ? { n, d } : { n: n / g, d: d / g };
}

export const ZERO: Exact = { n: ZERO_BIG, d: ONE_BIG };
export const ONE: Exact = { n: ONE_BIG, d: ONE_BIG };

/**
 * The decimal a number was written as: JavaScript prints the shortest decimal that reads back as the same double,
 * which is the figure typed or stored (0.1 is one tenth here, not 0.1000000000000000055…).
 */
export function exact(value: number): Exact {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  if (Number.isInteger(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER) return { n: BigInt(value), d: ONE_BIG };
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  if (!match) throw new RangeError(`cannot read ${value} as a decimal`);
  const [, sign, whole, fraction = "", exponentText = "0"] = match;
  const exponent = Number(exponentText) - fraction.length;
  let n = BigInt(whole + fraction);
  let d = ONE_BIG;
  if (exponent >= 0) n *= TEN_BIG ** BigInt(exponent);
  else d = TEN_BIG ** BigInt(-exponent);
  return make(sign === "-" ? -n : n, d);
}

export const add = (a: Exact, b: Exact): Exact => (a.d === b.d ? make(a.n + b.n, a.d) : make(a.n * b.d + b.n * a.d, a.d * b.d));
export const sub = (a: Exact, b: Exact): Exact => add(a, { n: -b.n, d: b.d });
export const mul = (a: Exact, b: Exact): Exact => make(a.n * b.n, a.d * b.d);
export const div = (a: Exact, b: Exact): Exact => make(a.n * b.d, a.d * b.n);
export const sum = (values: readonly Exact[]): Exact => values.reduce(add, ZERO);

export function compare(a: Exact, b: Exact): -1 | 0 | 1 {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
}

export const min = (a: Exact, b: Exact): Exact => (compare(a, b) <= 0 ? a : b);
export const max = (a: Exact, b: Exact): Exact => (compare(a, b) >= 0 ? a : b);
export const clamp = (value: Exact, low: Exact, high: Exact): Exact => min(high, max(low, value));

/** Rounded once to `decimals` places, half away from zero (half up for the non-negative figures shown). */
export function round(value: Exact, decimals: number): number {
  const scale = TEN_BIG ** BigInt(decimals);
  const negative = value.n < ZERO_BIG;
  const magnitude = negative ? -value.n : value.n;
  // floor((2·|n|·scale + d) / 2d) is |value|·scale rounded half up.
  const units = (TWO_BIG * magnitude * scale + value.d) / (TWO_BIG * value.d);
  const text = units.toString().padStart(decimals + 1, "0");
  const shown = decimals === 0 ? text : `${text.slice(0, text.length - decimals)}.${text.slice(text.length - decimals)}`;
  // Reading the rounded decimal back gives the double nearest to it, which prints as exactly that decimal.
  return Number(negative && units !== ZERO_BIG ? `-${shown}` : shown);
}

/** The nearest double: for figures kept whole (a mean to compare on a chart), never for a total that is shown. */
export const toNumber = (value: Exact): number => Number(value.n) / Number(value.d);

/** The smallest whole number not below the value. */
export function ceil(value: Exact): number {
  const quotient = value.n / value.d; // BigInt division truncates toward zero
  return Number(value.n > ZERO_BIG && quotient * value.d !== value.n ? quotient + ONE_BIG : quotient);
}
