import "server-only";

/** The service's public address, for links in messages: NEXTAUTH_URL, or http://localhost:$PORT. */
export function serviceUrl(): string {
  const configured = process.env.NEXTAUTH_URL?.replace(/\/+$/, "");
  return configured || `http://localhost:${process.env.PORT ?? 3000}`;
}

export function absoluteLink(path: string): string {
  return `${serviceUrl()}${path}`;
}
