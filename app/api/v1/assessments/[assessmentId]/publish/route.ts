import { apiRoute, assessmentNotFound as notFound } from "@/lib/http/api/api-route";
import { recordId } from "@/lib/schemas/ids";
import { getApiAssessment } from "@/lib/server/api/assessments";
import { getAssessment } from "@/lib/server/assessments/get-assessment";
import { publishAssessment } from "@/lib/server/assessments/publish-assessment";

/** Publishes a draft, as "Publish" does in the web app: refused, with the reasons, while its set-up has problems. */
export const POST = apiRoute<{ assessmentId: string }>({ scope: "write" }, async ({ params, caller }) => {
  const id = recordId.safeParse(params.assessmentId);
  const draft = id.success ? await getAssessment(caller!.actor, id.data) : null;
  if (!draft || draft.organisationId !== caller!.actor.organisationId) return notFound;
  if (draft.status === "published") return { body: await getApiAssessment(caller!.actor, draft.id) };
  if (!(await publishAssessment(caller!.actor, draft.id, draft.version))) return notFound;
  return { body: await getApiAssessment(caller!.actor, draft.id) };
});
