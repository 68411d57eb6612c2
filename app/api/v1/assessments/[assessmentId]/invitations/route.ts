import { apiRoute, assessmentNotFound as notFound } from "@/lib/http/api/api-route";
import { recordId } from "@/lib/schemas/ids";
import { getAssessment } from "@/lib/server/assessments/get-assessment";

/** The suppliers invited and how far each has got: started or submitted, never what, before the deadline. */
export const GET = apiRoute<{ assessmentId: string }>({ scope: "read" }, async ({ params, caller }) => {
  const id = recordId.safeParse(params.assessmentId);
  const assessment = id.success ? await getAssessment(caller!.actor, id.data) : null;
  if (!assessment || assessment.organisationId !== caller!.actor.organisationId) return notFound;
  return {
    body: {
      items: assessment.invitations.map((invitation) => ({
        id: invitation.id,
        supplier: invitation.supplierOrganisationId && invitation.supplierName ? { id: invitation.supplierOrganisationId, name: invitation.supplierName } : null,
        email: invitation.email,
        withdrawn: invitation.withdrawnAt !== null,
        progress: invitation.progress,
        submittedAt: invitation.submittedAt?.toISOString() ?? null,
      })),
    },
  };
});
