import { apiRoute, assessmentNotFound as notFound } from "@/lib/http/api/api-route";
import { recordId } from "@/lib/schemas/ids";
import { getApiAssessment } from "@/lib/server/api/assessments";

/** One of the organisation's assessments: its criteria, weights and scale. */
export const GET = apiRoute<{ assessmentId: string }>({ scope: "read" }, async ({ params, caller }) => {
  const id = recordId.safeParse(params.assessmentId);
  const assessment = id.success ? await getApiAssessment(caller!.actor, id.data) : null;
  return assessment ? { body: assessment } : notFound;
});
