import { apiRoute, assessmentNotFound as notFound } from "@/lib/http/api/api-route";
import { badVersion, problemsOfFields, readJsonObject, versionSent } from "@/lib/http/api/json-input";
import { weightsSchema } from "@/lib/schemas/assessments";
import { getApiAssessment, ownAssessment } from "@/lib/server/api/assessments";
import { updateWeights } from "@/lib/server/assessments/criteria";

/**
 * Changes a draft's weights, as the web app's weights page does: `{ "weights": { "<criterion id>": 20, … } }`, whole
 * percentages (checked to total 100 when it is published). With `version` (from the assessment), a change made since
 * by someone else is refused rather than overwritten.
 */
export const PUT = apiRoute<{ assessmentId: string }>({ scope: "write" }, async ({ request, params, caller, language }) => {
  const current = await ownAssessment(caller!.actor, params.assessmentId);
  if (!current) return notFound;
  const read = await readJsonObject(request);
  if (!read.ok) return { problem: "invalid-request", detail: read.detail };
  const weights = read.body.weights;
  if (!weights || typeof weights !== "object" || Array.isArray(weights)) {
    return { problem: "invalid-request", detail: { en: "Send weights as an object of criterion ids and whole percentages.", cy: "Anfonwch y pwysoliadau fel gwrthrych o ddynodwyr meini prawf a chanrannau cyfan." } };
  }
  const known = new Set(current.criteria.map((c) => c.id));
  const unknown = Object.keys(weights).filter((key) => !known.has(key));
  if (unknown.length > 0) return { problem: "invalid-request", detail: { en: `Not a criterion of this assessment: ${unknown.join(", ")}.`, cy: `Nid yw’n faen prawf yn yr asesiad hwn: ${unknown.join(", ")}.` } };
  const version = versionSent(read.body, current.version);
  if (version === "bad") return badVersion(language);
  const values = Object.fromEntries(Object.entries(weights as Record<string, unknown>).map(([key, value]) => [`weight-${key}`, typeof value === "number" || typeof value === "string" ? String(value) : ""]));
  const parsed = weightsSchema.safeParse({ ...values, version: String(version) });
  if (!parsed.success) {
    const errors = Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]).replace(/^weight-/, "weights."), issue.message]));
    // The form's words name the criterion by its title, as the form does beside each box.
    const titleOf = (path: string) => current.criteria.find((c) => `weights.${c.id}` === path)?.title[language] || path;
    return { problem: "invalid-request", detail: { en: "Correct the weights named in errors.", cy: "Cywirwch y pwysoliadau a enwir yn errors." }, errors: problemsOfFields(errors, language).map((e) => ({ ...e, detail: e.detail.replaceAll("{field}", titleOf(e.path)) })) };
  }
  if (!(await updateWeights(caller!.actor, current.id, parsed.data.weights, parsed.data.version))) return notFound;
  return { body: await getApiAssessment(caller!.actor, current.id) };
});
