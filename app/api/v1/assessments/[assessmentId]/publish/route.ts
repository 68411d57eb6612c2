import { apiRoute, assessmentNotFound as notFound } from "@/lib/http/api/api-route";
import { getApiAssessment, ownAssessment } from "@/lib/server/api/assessments";
import { checkAssessment } from "@/lib/server/assessments/check-assessment";
import { publishAssessment } from "@/lib/server/assessments/publish-assessment";

/** Publishes a draft, as "Publish" does in the web app: refused, with the reasons, while its set-up has problems. */
export const POST = apiRoute<{ assessmentId: string }>({ scope: "write" }, async ({ params, caller, language }) => {
  const draft = await ownAssessment(caller!.actor, params.assessmentId);
  if (!draft) return notFound;
  if (draft.status === "published") return { body: await getApiAssessment(caller!.actor, draft.id) };
  // What the officer would see listed on the publish page.
  const problems = checkAssessment(draft, new Date().toISOString().slice(0, 10));
  if (problems.length > 0) {
    return {
      problem: "invalid-request",
      detail: { en: "Put right the problems listed in errors before publishing.", cy: "Cywirwch y problemau a restrir yn errors cyn cyhoeddi." },
      errors: problems.map((problem) => ({ path: (problem.path ?? []).join("."), detail: problem.message[language] })),
    };
  }
  if (!(await publishAssessment(caller!.actor, draft.id, draft.version))) return notFound;
  return { body: await getApiAssessment(caller!.actor, draft.id) };
});
