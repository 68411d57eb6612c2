import { apiRoute } from "@/lib/http/api/api-route";
import { assessmentListQuerySchema } from "@/lib/schemas/api";
import { listApiAssessments } from "@/lib/server/api/assessments";

/** The organisation's assessments, newest first, a page at a time (`limit`, `cursor` from links.next), by `status`. */
export const GET = apiRoute({ scope: "read" }, async ({ request, caller }) => {
  const url = new URL(request.url);
  const query = assessmentListQuerySchema.safeParse(Object.fromEntries(url.searchParams));
  if (!query.success) {
    const errors = query.error.issues.map((issue) => ({ path: issue.path.join("."), detail: issue.message }));
    return { problem: "invalid-request", detail: { en: "Check the query: limit is 1 to 100, status is draft or published.", cy: "Gwiriwch yr ymholiad: mae limit rhwng 1 a 100, ac mae status yn draft neu published." }, errors };
  }
  const page = await listApiAssessments(caller!.actor, query.data);
  if (page === "bad-cursor") return { problem: "invalid-request", detail: { en: "The cursor is not one this API gave. Start again without it.", cy: "Nid yw’r cyrchwr yn un a roddodd yr API hwn. Dechreuwch eto hebddo." } };
  const next = page.next ? `${url.pathname}?${new URLSearchParams({ ...Object.fromEntries(url.searchParams), cursor: page.next })}` : null;
  return { body: { items: page.items, links: { next } } };
});
