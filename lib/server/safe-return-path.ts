const base = "http://this-service.invalid";

/**
 * A path on this site to go back to, or the fallback: the one check for every return address (`?back=`, `?next=`,
 * `?callbackUrl=`, next-auth's redirect callback). Parsed as a browser would (which drops tabs and newlines, so
 * "/\t/evil.example" is another site, and reads "/.." and "%2e%2e" as a step up): only a path on this origin that a
 * browser cannot read as another host ("//host", "/\host", also once decoded) is kept. Never throws.
 *
 * With `origin`, an absolute address on that origin is accepted too (next-auth hands its redirect callback absolute
 * addresses) and returned as a path.
 */
export function safeReturnPath(value: unknown, fallback: string, options: { origin?: string } = {}): string {
  if (typeof value !== "string" || value === "" || value.length > 2048) return fallback;
  // Control characters, spaces and backslashes have no place in a return path; browsers ignore or reinterpret them.
  if (/[\u0000-\u0020\u007f\\]/.test(value)) return fallback;
  let candidate = value;
  if (options.origin && !value.startsWith("/")) {
    try {
      const absolute = new URL(value);
      if (absolute.origin !== new URL(options.origin).origin) return fallback;
      candidate = `${absolute.pathname}${absolute.search}${absolute.hash}`;
    } catch {
      return fallback;
    }
  }
  if (!candidate.startsWith("/") || candidate.startsWith("//")) return fallback;
  try {
    const url = new URL(candidate, base);
    if (url.origin !== base) return fallback;
    const path = `${url.pathname}${url.search}${url.hash}`;
    if (looksLikeAnotherHost(url.pathname) || looksLikeAnotherHost(decodeURIComponent(url.pathname))) return fallback;
    return path;
  } catch {
    return fallback;
  }
}

const looksLikeAnotherHost = (path: string) => /^\/[/\\]/.test(path) || /[\u0000-\u001f\u007f]/.test(path);
