import { parseWithDeadline } from "@/lib/forms/deadline";
import { apiRoute } from "@/lib/http/api/api-route";
import { deadlineFieldsOf, formValuesOf, isoInstant, problemsOfFields, readJsonObject } from "@/lib/http/api/json-input";
import { assessmentListQuerySchema } from "@/lib/schemas/api";
import { createAssessmentFields, createAssessmentSchema } from "@/lib/schemas/assessments";
import { getApiAssessment, listApiAssessments } from "@/lib/server/api/assessments";
import { createAssessment } from "@/lib/server/assessments/create-assessment";

/** The organisation's assessments a page at a time (`limit`, `cursor` from links.next), by `status`, in `sort` order. */
export const GET = apiRoute({ scope: "read" }, async ({ request, caller, language }) => {
  const url = new URL(request.url);
  const query = assessmentListQuerySchema.safeParse(Object.fromEntries(url.searchParams));
  if (!query.success) {
    const words = {
      limit: { en: "limit is a whole number from 1 to 100", cy: "mae limit yn rhif cyfan o 1 i 100" },
      status: { en: "status is draft or published", cy: "mae status yn draft neu published" },
      sort: { en: "sort is newest or deadline", cy: "mae sort yn newest neu deadline" },
      cursor: { en: "cursor is one links.next gave", cy: "mae cursor yn un a roddodd links.next" },
    };
    const errors = [...new Set(query.error.issues.map((issue) => String(issue.path[0])))].map((field) => ({ path: field, detail: (words[field as keyof typeof words] ?? words.cursor)[language] }));
    return { problem: "invalid-request", detail: { en: "Check the query: limit is 1 to 100, status is draft or published.", cy: "Gwiriwch yr ymholiad: mae limit rhwng 1 a 100, ac mae status yn draft neu published." }, errors };
  }
  const page = await listApiAssessments(caller!.actor, query.data);
  if (page === "bad-cursor") return { problem: "invalid-request", detail: { en: "The cursor is not one this API gave. Start again without it.", cy: "Nid yw’r cyrchwr yn un a roddodd yr API hwn. Dechreuwch eto hebddo." } };
  const next = page.next ? `${url.pathname}?${new URLSearchParams({ ...Object.fromEntries(url.searchParams), cursor: page.next })}` : null;
  return { body: { items: page.items, links: { next } } };
});

/**
 * A draft assessment from the framework, as "Create an assessment" makes one: the same fields (the deadline as one
 * ISO 8601 instant, `responseDeadline`), checked by the same schema, refused with the same words.
 */
export const POST = apiRoute({ scope: "write" }, async ({ request, caller, language }) => {
  const read = await readJsonObject(request);
  if (!read.ok) return { problem: "invalid-request", detail: read.detail };
  const values: Record<string, string> = { ...formValuesOf(read.body, createAssessmentFields), ...deadlineFieldsOf(read.body.responseDeadline) };
  // Left out, what is bought is services, as a new assessment's category starts in the web app.
  if (read.body.procurementCategory === undefined) values.procurementCategory = "services";
  const parsed = parseWithDeadline(createAssessmentSchema, values, new Date());
  if (!parsed.success) {
    return { problem: "invalid-request", detail: { en: "Correct the fields named in errors.", cy: "Cywirwch y meysydd a enwir yn errors." }, errors: problemsOfFields(parsed.errors, language) };
  }
  // The deadline is the instant sent (the form's UK date and time served only to check it as the form does).
  const { id } = await createAssessment(caller!.actor, { ...parsed.data, responseDeadline: isoInstant(read.body.responseDeadline) ?? parsed.data.responseDeadline });
  return { status: 201, body: await getApiAssessment(caller!.actor, id), headers: { Location: `/api/v1/assessments/${id}` } };
});
