import "server-only";

type HeaderBag = Record<string, string | string[] | undefined> | Headers;

/**
 * The client's address as the nearest proxy reports it: the last X-Forwarded-For entry, which the proxy appended
 * itself (earlier entries are whatever the client sent). Without a proxy, Next.js sets it from the socket.
 */
export function clientAddress(headers: HeaderBag): string {
  const read = (name: string) => {
    const value = headers instanceof Headers ? headers.get(name) : headers[name];
    return Array.isArray(value) ? value[0] : value ?? undefined;
  };
  const forwarded = read("x-forwarded-for")?.split(",").at(-1)?.trim();
  return forwarded || read("x-real-ip") || "unknown";
}
