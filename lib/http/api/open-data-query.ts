import "server-only";
import { openDataQuerySchema } from "@/lib/schemas/api";
import { openDataReleases, type OpenDataPage } from "@/lib/server/api/open-data";
import { publicUrl } from "../public-url";
import type { ApiAnswer } from "./api-route";

export const badFeedQuery: ApiAnswer = {
  problem: "invalid-request",
  detail: { en: "Check the query: limit is 1 to 100, and cursor is one links.next gave.", cy: "Gwiriwch yr ymholiad: mae limit rhwng 1 a 100, ac mae cursor yn un a roddodd links.next." },
};

/** The address of the next page: this one's, with the cursor the page gave. */
export function nextPageOf(url: URL, cursor: string | null): string | null {
  if (!cursor) return null;
  const search = new URLSearchParams(url.searchParams);
  search.set("cursor", cursor);
  return `${url.pathname}?${search}`;
}

/** The page of the feed a request asks for, with what its package names: the bad query's answer otherwise. */
export async function feedPageOf(request: Request): Promise<{ page: OpenDataPage; url: URL; origin: string; next: string | null; now: Date } | { refused: ApiAnswer }> {
  const url = new URL(request.url);
  const query = openDataQuerySchema.safeParse(Object.fromEntries(url.searchParams));
  if (!query.success) return { refused: badFeedQuery };
  const origin = publicUrl("/", request).origin;
  const now = new Date();
  const page = await openDataReleases(query.data, origin, now);
  if (page === "bad-cursor") return { refused: badFeedQuery };
  return { page, url, origin, next: nextPageOf(url, page.next), now };
}
