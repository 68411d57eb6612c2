import { writeCsv } from "@/lib/export/csv/write";
import { apiRoute } from "@/lib/http/api/api-route";
import { feedPageOf } from "@/lib/http/api/open-data-query";
import { releasesCsv } from "@/lib/server/api/open-data";

/** The open-data feed as CSV, one row per award criterion, a page at a time (the next page in the Link header). */
export const GET = apiRoute({ scope: null }, async ({ request }) => {
  const asked = await feedPageOf(request);
  if ("refused" in asked) return asked.refused;
  const { page, next } = asked;
  return { file: writeCsv(releasesCsv(page)), contentType: "text/csv; charset=utf-8", headers: next ? { Link: `<${next}>; rel="next"` } : {} };
});
