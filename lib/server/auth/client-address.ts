import "server-only";

type HeaderBag = Record<string, string | string[] | undefined> | Headers;

/** Stands for the client's address when no trusted proxy reports it (Next.js does not expose the socket's). */
export const directClientAddress = "direct";

/** TRUST_PROXY: how many reverse proxies in front of the service append to X-Forwarded-For (0 when unset or invalid). */
export function trustedProxyHops(value: string | undefined = process.env.TRUST_PROXY): number {
  const hops = Number(value?.trim());
  return value?.trim() && Number.isInteger(hops) && hops > 0 ? hops : 0;
}

/**
 * The client's address for throttling and the security log. Each trusted proxy appends the address it received the
 * request from to X-Forwarded-For, so with `hops` proxies the client is the entry that many from the right; entries
 * further left are whatever the client sent. Without a trusted proxy the header proves nothing: a client can send
 * its own, and Next.js fills it from the socket only when absent, so the address is `directClientAddress`.
 */
export function clientAddress(headers: HeaderBag, hops: number = trustedProxyHops()): string {
  if (hops === 0) return directClientAddress;
  const read = (name: string) => {
    const value = headers instanceof Headers ? headers.get(name) : headers[name];
    return Array.isArray(value) ? value.join(",") : (value ?? undefined);
  };
  const entries = (read("x-forwarded-for") ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  // Fewer entries than proxies: the request skipped an outer proxy, so the leftmost was still added by one of ours.
  return entries.at(Math.max(0, entries.length - hops)) ?? directClientAddress;
}
