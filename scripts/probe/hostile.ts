// Hostile values for the arguments of server actions and the parts of requests: filter objects where an id belongs,
// numbers, NaN-like and huge strings, React's reply encoding's special strings, nesting, and random JSON.

/** A small seeded pseudo-random generator (mulberry32): the same seed gives the same run. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(max: number): number {
    return Math.floor(this.next() * max);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** Strings with a meaning in React's reply encoding that decode to a value (escapes, FormData, dates, BigInt…). */
export const decodableReplySpecials = ["$$", "$$x", "$@1", "$K1", "$K99", "$T", "$undefined", "$u", "$NaN", "$-0", "$I", "$Dnot-a-date", "$n99999999999999999999999"] as const;

/** Strings with a meaning in React's reply encoding (references, promises, FormData, Map, Set, BigInt, dates…). */
export const replySpecials = [
  "$", "$$", "$$x", "$@1", "$@0", "$@99", "$F1", "$F99", "$T", "$T1", "$Q1", "$W1", "$K1", "$K99", "$B1", "$b1", "$i1",
  "$I", "$-I", "$NaN", "$-0", "$u", "$undefined", "$D2026-13-45", "$Dnot-a-date", "$n", "$n12x", "$n99999999999999999999999",
  "$S", "$h1", "$1", "$99", "$1:a:b", "$Z", "$l", "$E", "$R1", "$r1", "$X1", "$x", "$Y", "$A1", "$O1", "$o1", "$U1", "$L1",
] as const;

/** Values that are wrong where a record id, a version, a token or a list belongs. */
export function hostileValues(own: string, victim: string): unknown[] {
  return [
    victim,
    { in: [own, victim] },
    { not: "x" },
    { notIn: [] },
    { equals: victim },
    { contains: "" },
    { id: victim },
    { AND: [], OR: [{ id: victim }] },
    [own, victim],
    [victim],
    [[victim]],
    [],
    {},
    { toString: victim, valueOf: 1, __proto__: { polluted: true } },
    { constructor: { prototype: { polluted: true } } },
    0,
    -1,
    1.5,
    1e308,
    -1e308,
    2 ** 53 + 1,
    "NaN",
    "Infinity",
    "-0",
    "0x1f",
    "1e999",
    " ",
    "",
    null,
    true,
    false,
    "x".repeat(100_000),
    `${victim}${"a".repeat(30)}`,
    victim.toUpperCase(),
    `${victim}\u0000`,
    `../${victim}`,
    "%00",
    "%E0%A4%A",
    "\ud800",
    "🙂".repeat(50),
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    { a: { b: { c: { d: { e: { f: { g: { h: {} } } } } } } } },
    ...decodableReplySpecials,
  ];
}

/** A random JSON value (with React's special strings mixed in), at most `depth` deep. */
export function randomJson(random: Random, pool: readonly unknown[], depth = 3, specials: readonly string[] = decodableReplySpecials): unknown {
  const kind = random.int(depth > 0 ? 11 : 8);
  switch (kind) {
    case 0:
      return random.pick(pool);
    case 1:
      return random.pick(specials);
    case 2:
      return random.pick([0, -1, 1, 0.5, -0.000001, 1e21, -1e21, 2147483648, Number.MAX_SAFE_INTEGER, random.int(1000)]);
    case 3:
      return randomString(random);
    case 4:
      return random.pick([null, true, false]);
    case 5:
      return random.pick(pool);
    case 6:
      return `${random.pick(["$K", "$@", "$$"])}${random.int(20)}`;
    case 7:
      return randomString(random, 40);
    case 8:
      return Array.from({ length: random.int(5) }, () => randomJson(random, pool, depth - 1, specials));
    case 9: {
      const keys = ["in", "not", "notIn", "equals", "id", "AND", "OR", "set", "connect", "__proto__", "constructor", "then", "$$typeof", "_response", randomString(random, 8)];
      return Object.fromEntries(Array.from({ length: 1 + random.int(3) }, () => [random.pick(keys), randomJson(random, pool, depth - 1, specials)]));
    }
    default:
      return Array.from({ length: 1 + random.int(3) }, () => random.pick(pool));
  }
}

const alphabets = [
  "abcdefghijklmnopqrstuvwxyz0123456789",
  "%$@&=?#/\\\"'<>{}[]:;,. \t\r\n",
  "ŵŷâêîôûäëïöüẃẁ€£©",
  "\u0000\u0001\u001f\u007f\u2028\u2029\ufeff",
];

/** A random string: ordinary, punctuation, Welsh letters, control characters, lone surrogates or very long. */
export function randomString(random: Random, maxLength = 200): string {
  if (random.chance(0.03)) return "A".repeat(50_000 + random.int(50_000));
  if (random.chance(0.05)) return random.pick(["\ud800", "\udfff", "a\ud83d", "%", "%%", "%zz", "%E0%A4%A", "%C0%AF", "%ff%fe"]);
  const alphabet = random.pick(alphabets);
  const length = random.int(maxLength);
  let text = "";
  for (let i = 0; i < length; i += 1) text += alphabet[random.int(alphabet.length)];
  return text;
}
