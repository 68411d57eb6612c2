import { apiRoute, assessmentNotFound as notFound } from "@/lib/http/api/api-route";
import { recordId } from "@/lib/schemas/ids";
import { getApiAssessment } from "@/lib/server/api/assessments";
import { removeCriterion } from "@/lib/server/assessments/criteria";
import { getAssessment } from "@/lib/server/assessments/get-assessment";

/** Removes a criterion from a draft, as the web app's Remove does. */
export const DELETE = apiRoute<{ assessmentId: string; criterionId: string }>({ scope: "write" }, async ({ params, caller }) => {
  const id = recordId.safeParse(params.assessmentId);
  const criterionId = recordId.safeParse(params.criterionId);
  const current = id.success ? await getAssessment(caller!.actor, id.data) : null;
  if (!current || current.organisationId !== caller!.actor.organisationId) return notFound;
  // Found among the assessment's own criteria, never by an id alone.
  const criterion = criterionId.success ? current.criteria.find((c) => c.id === criterionId.data) : undefined;
  if (!criterion) return { problem: "not-found", detail: { en: "There is no such criterion in this assessment.", cy: "Nid oes maen prawf o’r fath yn yr asesiad hwn." } };
  if (!(await removeCriterion(caller!.actor, current.id, criterion.id, current.version))) return notFound;
  return { body: await getApiAssessment(caller!.actor, current.id) };
});
