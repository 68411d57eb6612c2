import { apiRoute, assessmentNotFound as notFound } from "@/lib/http/api/api-route";
import { badVersion, formValuesOf, problemsOfFields, readJsonObject, versionSent } from "@/lib/http/api/json-input";
import { criterionSchema } from "@/lib/schemas/assessments";
import { recordId } from "@/lib/schemas/ids";
import { getApiAssessment, ownAssessment } from "@/lib/server/api/assessments";
import { removeCriterion, updateCriterion } from "@/lib/server/assessments/criteria";
import type { Actor } from "@/lib/server/auth/actor";

const noSuchCriterion = { problem: "not-found", detail: { en: "There is no such criterion in this assessment.", cy: "Nid oes maen prawf o’r fath yn yr asesiad hwn." } } as const;

/** The draft and one of its own criteria as the request names them: the criterion found among the draft's, never by an id alone. */
async function ownCriterion(actor: Actor, params: { assessmentId: string; criterionId: string }) {
  const current = await ownAssessment(actor, params.assessmentId);
  const criterionId = recordId.safeParse(params.criterionId);
  return { current, criterion: current && criterionId.success ? current.criteria.find((c) => c.id === criterionId.data) : undefined };
}

/** The texts in both languages a criterion has, as `{ "en": …, "cy": … }` in JSON and two fields in the form. */
const texts = ["title", "question", "guidance", "evidence"] as const;

/**
 * Changes a draft's criterion, as the web app's criterion page does: its wording in English and Welsh
 * (`title`, `question`, `guidance`, `evidence`, each `{ "en", "cy" }`), `weight`, `minimumScore` and, for one of the
 * buyer's own, `rule`. What is not sent stays. With `version`, a change made since by someone else is refused.
 */
export const PATCH = apiRoute<{ assessmentId: string; criterionId: string }>({ scope: "write" }, async ({ request, params, caller, language }) => {
  const { current, criterion } = await ownCriterion(caller!.actor, params);
  if (!current) return notFound;
  if (!criterion) return noSuchCriterion;
  const read = await readJsonObject(request);
  if (!read.ok) return { problem: "invalid-request", detail: read.detail };
  const version = versionSent(read.body, current.version);
  if (version === "bad") return badVersion(language);
  const sentText = (field: (typeof texts)[number], lang: "en" | "cy") => {
    const node = read.body[field];
    return node && typeof node === "object" && !Array.isArray(node) && lang in node ? formValuesOf(node as Record<string, unknown>, [lang])[lang] : criterion[field][lang];
  };
  const kept = (field: string, value: string) => (field in read.body ? formValuesOf(read.body, [field])[field] : value);
  const values = {
    ...Object.fromEntries(texts.flatMap((field) => [[`${field}En`, sentText(field, "en")], [`${field}Cy`, sentText(field, "cy")]])),
    weight: kept("weight", String(criterion.weight)),
    minimumScore: read.body.minimumScore === null ? "" : kept("minimumScore", criterion.minimumScore === null ? "" : String(criterion.minimumScore)),
    rule: kept("rule", criterion.rule),
    welshConfirmed: kept("welshConfirmed", "no"),
    version: String(version),
  };
  const parsed = criterionSchema.safeParse(values);
  if (!parsed.success) {
    // The form's fields named as the JSON names them: titleEn is title.en.
    const jsonPath = (field: string) => field.replace(/(En|Cy)$/, (end) => `.${end.toLowerCase()}`);
    const errors = Object.fromEntries(parsed.error.issues.map((issue) => [jsonPath(String(issue.path[0] ?? "form")), issue.message]));
    return { problem: "invalid-request", detail: { en: "Correct the fields named in errors.", cy: "Cywirwch y meysydd a enwir yn errors." }, errors: problemsOfFields(errors, language) };
  }
  if (!(await updateCriterion(caller!.actor, current.id, criterion.id, { ...parsed.data, descriptors: criterion.descriptors }))) return notFound;
  return { body: await getApiAssessment(caller!.actor, current.id) };
});

/** Removes a criterion from a draft, as the web app's Remove does. */
export const DELETE = apiRoute<{ assessmentId: string; criterionId: string }>({ scope: "write" }, async ({ params, caller }) => {
  const { current, criterion } = await ownCriterion(caller!.actor, params);
  if (!current) return notFound;
  if (!criterion) return noSuchCriterion;
  if (!(await removeCriterion(caller!.actor, current.id, criterion.id, current.version))) return notFound;
  return { body: await getApiAssessment(caller!.actor, current.id) };
});
