// A state-changing request that is not a server action (whose origin Next.js checks) must show that it came from
// this site: its Origin names the host it was sent to, as Next.js checks for server actions. With no Origin, only the
// browser's own Sec-Fetch-Site: same-origin will do. Behind a proxy, X-Forwarded-Host is the host the browser used.

type HeaderSource = { get(name: string): string | null };

export function isSameOriginRequest(headers: HeaderSource): boolean {
  const host = (headers.get("x-forwarded-host") ?? headers.get("host") ?? "").split(",")[0].trim().toLowerCase();
  const origin = headers.get("origin");
  if (origin !== null) {
    if (!host || origin === "null") return false;
    try {
      return new URL(origin).host.toLowerCase() === host;
    } catch {
      return false;
    }
  }
  return headers.get("sec-fetch-site") === "same-origin";
}
