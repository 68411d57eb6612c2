import { apiRoute, assessmentNotFound as notFound } from "@/lib/http/api/api-route";
import { badVersion, formValuesOf, problemsOfFields, readJsonObject, versionSent } from "@/lib/http/api/json-input";
import { assessmentTextFields, assessmentTextSchema } from "@/lib/schemas/assessments";
import { recordId } from "@/lib/schemas/ids";
import { getApiAssessment, ownAssessment } from "@/lib/server/api/assessments";
import { updateAssessmentText } from "@/lib/server/assessments/update-assessment-text";

/** One of the organisation's assessments: its criteria, weights and scale. */
export const GET = apiRoute<{ assessmentId: string }>({ scope: "read" }, async ({ params, caller }) => {
  const id = recordId.safeParse(params.assessmentId);
  const assessment = id.success ? await getApiAssessment(caller!.actor, id.data) : null;
  return assessment ? { body: assessment } : notFound;
});

/**
 * Changes a draft's title and description (in English and Welsh), its share of the award and what is bought, as the
 * web app's details form does: the fields sent replace those there; the others stay. With `version`, a change made
 * since by someone else is refused rather than overwritten. Welsh left as it was beside changed English is flagged to
 * the officer, unless `welshConfirmed` is true.
 */
export const PATCH = apiRoute<{ assessmentId: string }>({ scope: "write" }, async ({ request, params, caller, language }) => {
  const current = await ownAssessment(caller!.actor, params.assessmentId);
  if (!current) return notFound;
  const read = await readJsonObject(request);
  if (!read.ok) return { problem: "invalid-request", detail: read.detail };
  if (versionSent(read.body, current.version) === "bad") return badVersion(language);
  const now = {
    title: current.title, titleCy: current.titleCy, description: current.description, descriptionCy: current.descriptionCy,
    awardShare: current.awardShare === null ? "" : String(current.awardShare), procurementCategory: current.procurementCategory,
    welshConfirmed: "no", languages: current.languages, version: String(current.version),
  };
  // The assessment's languages are set when it is made; they decide whether a Welsh title is needed.
  const sent = formValuesOf(read.body, assessmentTextFields.filter((field) => field in read.body && field !== "languages"));
  const parsed = assessmentTextSchema.safeParse({ ...now, ...sent });
  if (!parsed.success) {
    const errors = Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0] ?? "form"), issue.message]));
    return { problem: "invalid-request", detail: { en: "Correct the fields named in errors.", cy: "Cywirwch y meysydd a enwir yn errors." }, errors: problemsOfFields(errors, language) };
  }
  if (!(await updateAssessmentText(caller!.actor, current.id, parsed.data))) return notFound;
  return { body: await getApiAssessment(caller!.actor, current.id) };
});
