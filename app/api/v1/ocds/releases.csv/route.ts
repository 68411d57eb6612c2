import { writeCsv } from "@/lib/export/csv/write";
import { apiRoute } from "@/lib/http/api/api-route";
import { badFeedQuery, nextPageOf, openDataQuerySchema } from "@/lib/http/api/open-data-query";
import { publicUrl } from "@/lib/http/public-url";
import { openDataReleases, releasesCsv } from "@/lib/server/api/open-data";

/** The open-data feed as CSV, one row per award criterion, a page at a time (the next page in the Link header). */
export const GET = apiRoute({ scope: null }, async ({ request }) => {
  const url = new URL(request.url);
  const query = openDataQuerySchema.safeParse(Object.fromEntries(url.searchParams));
  if (!query.success) return badFeedQuery;
  const page = await openDataReleases(query.data, publicUrl("/", request).origin);
  if (page === "bad-cursor") return badFeedQuery;
  const next = nextPageOf(url, page.next);
  return { file: writeCsv(releasesCsv(page)), contentType: "text/csv; charset=utf-8", headers: next ? { Link: `<${next}>; rel="next"` } : {} };
});
