// A server action's arguments arrive in React's reply encoding: a JSON array (text/plain) or multipart form data whose
// field "0" is that array. Next decodes it before any of our code runs and answers 500 to what it cannot decode, so
// proxy.ts turns such bodies away with 400 first. Pure, so it is unit-tested.

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
