import { apiRoute } from "@/lib/http/api/api-route";
import { badFeedQuery, nextPageOf, openDataQuerySchema } from "@/lib/http/api/open-data-query";
import { publicUrl } from "@/lib/http/public-url";
import { openDataReleases, recordPackage } from "@/lib/server/api/open-data";

/** The open-data feed as an OCDS record package (one record per contracting process), a page at a time: public. */
export const GET = apiRoute({ scope: null }, async ({ request }) => {
  const url = new URL(request.url);
  const query = openDataQuerySchema.safeParse(Object.fromEntries(url.searchParams));
  if (!query.success) return badFeedQuery;
  const origin = publicUrl("/", request).origin;
  const now = new Date();
  const page = await openDataReleases(query.data, origin, now);
  if (page === "bad-cursor") return badFeedQuery;
  return { body: recordPackage(page, `${origin}${url.pathname}${url.search}`, `${origin}/api/v1/ocds/releases${url.search}`, nextPageOf(url, page.next), now) };
});
