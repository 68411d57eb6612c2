const base = "http://this-service.invalid";

/**
 * A path on this site to go back to, or the fallback. Parsed as a browser would (which drops tabs and newlines,
 * so "/\t/evil.example" is another site): only a result on this origin is kept.
 */
export function safeReturnPath(value: string | null | undefined, fallback: string): string {
  if (!value || !value.startsWith("/") || /[\u0000-\u0020\\]/.test(value)) return fallback;
  try {
    const url = new URL(value, base);
    return url.origin === base ? `${url.pathname}${url.search}${url.hash}` : fallback;
  } catch {
    return fallback;
  }
}
