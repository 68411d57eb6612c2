// A server action's arguments arrive in React's reply encoding: a JSON array (text/plain) or multipart form data whose
// field "0" is that array. Next decodes it before any of our code runs and answers 500 to what it cannot decode, so
// proxy.ts turns such bodies away with 400 first. Pure, so it is unit-tested.

/** Longer encoded arguments than any of the service's forms sends; React refuses a million characters in one array. */
export const maxArgumentsLength = 200_000;

// "$"-strings that stand for a value on their own. Anything else refers to a part of the body, a promise, a server
// reference or a stream, none of which the service's forms send in their arguments.
const selfContained = /^\$(\$.*|undefined|NaN|Infinity|-Infinity|-0|D.*|n-?\d{1,40}|K\d{1,6})$/;

/** Whether every "$"-string in a decoded argument tree is one that decodes on its own (`$K` only with parts). */
export function hasOnlySafeReferences(value: unknown, allowParts: boolean, depth = 0): boolean {
  if (depth > 64) return false;
  if (typeof value === "string") {
    if (!value.startsWith("$")) return true;
    if (!selfContained.test(value)) return false;
    return allowParts || !value.startsWith("$K");
  }
  if (Array.isArray(value)) return value.every((item) => hasOnlySafeReferences(item, allowParts, depth + 1));
  if (value !== null && typeof value === "object") return Object.values(value).every((item) => hasOnlySafeReferences(item, allowParts, depth + 1));
  return true;
}

/** Whether the root of an action's arguments can be decoded: a JSON array with only self-contained references. */
export function isDecodableArguments(root: string, allowParts: boolean): boolean {
  try {
    const parsed: unknown = JSON.parse(root);
    return Array.isArray(parsed) && hasOnlySafeReferences(parsed, allowParts);
  } catch {
    return false;
  }
}

/** Multipart needs a boundary to be read at all. */
export function multipartBoundary(contentType: string): string | null {
  return /;\s*boundary=("?)([^";]{1,70})\1/i.exec(contentType)?.[2] ?? null;
}

// A part header line as Next's multipart reader accepts it: a token, a colon, then visible characters, spaces and tabs.
const partHeaderLine = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+:[\t\x20-\x7e\x80-\xff]*$/;
const partName = /;\s*name="([^"]*)"/i;
const maxPartHeaderLength = 8 * 1024;

/**
 * Reads multipart form data (the body as latin1 text, so bytes stay bytes) as strictly as Next will: every part with
 * well-formed headers, and a closing boundary. Answers the text of field "0" (the arguments' root), or null when the
 * body is malformed or has no such field.
 */
export function multipartRoot(body: string, boundary: string): string | null {
  const parts = body.split(`--${boundary}`);
  if (parts.length < 3 || !parts[parts.length - 1].startsWith("--")) return null;
  let root: string | null = null;
  for (const part of parts.slice(1, -1)) {
    if (!part.startsWith("\r\n") || !part.endsWith("\r\n")) return null;
    const headerEnd = part.indexOf("\r\n\r\n");
    // Next's reader refuses a part's headers over 16 KB (busboy's limit).
    if (headerEnd < 0 || headerEnd > maxPartHeaderLength) return null;
    const headers = part.slice(2, headerEnd).split("\r\n");
    if (!headers.every((line) => partHeaderLine.test(line))) return null;
    const name = headers.map((line) => partName.exec(line)?.[1]).find((found) => found !== undefined);
    if (name === "0") root = Buffer.from(part.slice(headerEnd + 4, -2), "latin1").toString("utf8");
  }
  return root;
}
