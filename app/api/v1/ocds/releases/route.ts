import { apiRoute } from "@/lib/http/api/api-route";
import { feedPageOf } from "@/lib/http/api/open-data-query";
import { releasePackage } from "@/lib/server/api/open-data";

/** The open-data feed as an OCDS release package, a page at a time: public, no token. */
export const GET = apiRoute({ scope: null }, async ({ request }) => {
  const asked = await feedPageOf(request);
  if ("refused" in asked) return asked.refused;
  const { page, url, origin, next, now } = asked;
  return { body: releasePackage(page, `${origin}${url.pathname}${url.search}`, next, now) };
});
