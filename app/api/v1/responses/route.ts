import { apiRoute } from "@/lib/http/api/api-route";
import { isSupplier } from "@/lib/server/responses/access";
import { listInvitations } from "@/lib/server/responses/list-invitations";

/** The tenders a supplier organisation is invited to, with its own response's status (a supplier organisation's token). */
export const GET = apiRoute({ scope: "read" }, async ({ caller }) => {
  if (!isSupplier(caller!.actor)) return { problem: "not-found", detail: { en: "Only a supplier organisation has responses.", cy: "Dim ond sefydliad cyflenwi sydd ag ymatebion." } };
  const invitations = await listInvitations(caller!.actor);
  return {
    body: {
      items: invitations.map((i) => ({
        assessmentId: i.id,
        reference: i.reference,
        title: i.title,
        buyer: { en: i.buyerNameEn, cy: i.buyerNameCy || i.buyerNameEn },
        responseDeadline: i.responseDeadline.toISOString(),
        status: i.status,
        submittedAt: i.submittedAt?.toISOString() ?? null,
        answered: i.answered,
        questions: i.questions,
      })),
    },
  };
});
