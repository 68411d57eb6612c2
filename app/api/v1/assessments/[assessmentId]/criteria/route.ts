import { apiRoute, assessmentNotFound as notFound } from "@/lib/http/api/api-route";
import { badVersion, formValuesOf, problemsOfFields, readJsonObject, versionSent } from "@/lib/http/api/json-input";
import { ownCriterionSchema } from "@/lib/schemas/assessments";
import { getApiAssessment, ownAssessment } from "@/lib/server/api/assessments";
import { addCriteria } from "@/lib/server/assessments/criteria";

/**
 * Adds criteria to a draft, as "Add criteria" does: framework criteria by id (`frameworkCriterionIds`), and one of
 * the buyer's own (`own`: `title`, `question`, `rule`), each with weight 0 until the weights are changed.
 */
export const POST = apiRoute<{ assessmentId: string }>({ scope: "write" }, async ({ request, params, caller, language }) => {
  const current = await ownAssessment(caller!.actor, params.assessmentId);
  if (!current) return notFound;
  const read = await readJsonObject(request);
  if (!read.ok) return { problem: "invalid-request", detail: read.detail };
  const version = versionSent(read.body, current.version);
  if (version === "bad") return badVersion(language);
  const ids = read.body.frameworkCriterionIds ?? [];
  if (!Array.isArray(ids) || ids.length > 100 || !ids.every((each) => typeof each === "string" && each.length <= 200)) {
    return { problem: "invalid-request", detail: { en: "Send frameworkCriterionIds as a list of the framework's criterion ids.", cy: "Anfonwch frameworkCriterionIds fel rhestr o ddynodwyr meini prawf y fframwaith." } };
  }
  const own = read.body.own && typeof read.body.own === "object" && !Array.isArray(read.body.own) ? (read.body.own as Record<string, unknown>) : {};
  const { title, question, rule } = formValuesOf(own, ["title", "question", "rule"]);
  const parsed = ownCriterionSchema.safeParse({ ownTitle: title, ownQuestion: question, ownRule: rule });
  if (!parsed.success) {
    const fieldOf: Record<string, string> = { ownTitle: "own.title", ownQuestion: "own.question", ownRule: "own.rule" };
    const errors = Object.fromEntries(parsed.error.issues.map((issue) => [fieldOf[String(issue.path[0])] ?? "own", issue.message]));
    return { problem: "invalid-request", detail: { en: "Correct the criterion named in errors.", cy: "Cywirwch y maen prawf a enwir yn errors." }, errors: problemsOfFields(errors, language) };
  }
  if (!(await addCriteria(caller!.actor, current.id, { frameworkCriterionIds: ids as string[], own: parsed.data, version }))) return notFound;
  return { status: 201, body: await getApiAssessment(caller!.actor, current.id) };
});
