// What an answer must never contain: a stack trace, a path on the server, or the database client's own words.
import path from "node:path";

// Run from the project folder (npm scripts and Playwright are).
const root = process.cwd();

const signs: [string, RegExp][] = [
  ["stack frame", /\bat (?:async )?[\w$.<>[\] ]*\(?(?:\/|file:\/\/|node:|webpack|turbopack)[^\s)]*:\d+/],
  ["stack frame", /\n\s+at [^\n]*:\d+:\d+\)?/],
  ["error with a node_modules path", /Error:[\s\S]{0,2000}node_modules\//],
  ["node_modules path", /node_modules\/(?:next|react|@prisma|prisma|zod|next-auth|better-sqlite3)\//],
  ["build path", /\.next\/server\/|\[turbopack\]_runtime|\/chunks\/ssr\//],
  ["server path", new RegExp(root.replaceAll(/[.*+?^${}()|[\]\\]/g, "\\$&"))],
  ["database client", /PrismaClient|Invalid `[^`]*prisma|prisma:(?:query|error|engine)|@prisma\/|P20\d\d\b.*(?:constraint|record)|SQLITE_|SqliteError/i],
  ["zod issue list", /"code":\s*"invalid_type"[\s\S]*"expected"/],
];

/** Names the first sign of a leaked internal in a response body, or null. */
export function leakIn(body: string): string | null {
  for (const [name, pattern] of signs) {
    const match = pattern.exec(body);
    if (match) return `${name}: …${body.slice(Math.max(0, match.index - 60), match.index + 140).replaceAll(/\s+/g, " ")}…`;
  }
  return null;
}
