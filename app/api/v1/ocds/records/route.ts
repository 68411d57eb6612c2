import { apiRoute } from "@/lib/http/api/api-route";
import { feedPageOf } from "@/lib/http/api/open-data-query";
import { recordPackage } from "@/lib/server/api/open-data";

/** The open-data feed as an OCDS record package (one record per contracting process), a page at a time: public. */
export const GET = apiRoute({ scope: null }, async ({ request }) => {
  const asked = await feedPageOf(request);
  if ("refused" in asked) return asked.refused;
  const { page, url, origin, next, now } = asked;
  return { body: recordPackage(page, `${origin}${url.pathname}${url.search}`, `${origin}/api/v1/ocds/releases${url.search}`, next, now) };
});
