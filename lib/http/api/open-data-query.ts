import { z } from "zod";
import type { ApiAnswer } from "./api-route";

/** The open-data feed's query: a page size and the cursor from links.next. */
export const openDataQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(100).default(20), cursor: z.string().max(200).optional() });

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
