import "server-only";

type HeaderBag = Record<string, string | string[] | undefined> | Headers;

/** The client's address as the nearest proxy reports it; `unknown` when no proxy header is present. */
export function clientAddress(headers: HeaderBag): string {
  const read = (name: string) => {
    const value = headers instanceof Headers ? headers.get(name) : headers[name];
    return Array.isArray(value) ? value[0] : value ?? undefined;
  };
  const forwarded = read("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || read("x-real-ip") || "unknown";
}
