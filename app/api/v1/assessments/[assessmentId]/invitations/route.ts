import { apiRoute, assessmentNotFound as notFound } from "@/lib/http/api/api-route";
import { problemsOfFields, readJsonObject } from "@/lib/http/api/json-input";
import { inviteSupplierSchema } from "@/lib/schemas/assessments";
import { ownAssessment } from "@/lib/server/api/assessments";
import { getAssessment } from "@/lib/server/assessments/get-assessment";
import { inviteSupplier } from "@/lib/server/assessments/supplier-invitations";

/** The suppliers invited and how far each has got: started or submitted, never what, before the deadline. */
export const GET = apiRoute<{ assessmentId: string }>({ scope: "read" }, async ({ params, caller }) => {
  const assessment = await ownAssessment(caller!.actor, params.assessmentId);
  if (!assessment) return notFound;
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

/**
 * Invites a supplier to a published assessment, as the web app does: `{ "supplierOrganisationId": "…" }` for a
 * supplier organisation on the service, or `{ "email": "…" }` for anyone else, who is sent a single-use link.
 */
export const POST = apiRoute<{ assessmentId: string }>({ scope: "write" }, async ({ request, params, caller, language }) => {
  const assessment = await ownAssessment(caller!.actor, params.assessmentId);
  if (!assessment) return notFound;
  const read = await readJsonObject(request);
  if (!read.ok) return { problem: "invalid-request", detail: read.detail };
  const text = (value: unknown) => (typeof value === "string" ? value : "");
  const by = read.body.supplierOrganisationId !== undefined ? "organisation" : "email";
  const parsed = inviteSupplierSchema.safeParse({ by, supplierOrganisationId: text(read.body.supplierOrganisationId), email: text(read.body.email) });
  if (!parsed.success) {
    const errors = Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0] ?? "form"), issue.message]));
    return { problem: "invalid-request", detail: { en: "Give a supplier organisation's id or an e-mail address.", cy: "Rhowch ddynodwr sefydliad cyflenwi neu gyfeiriad e-bost." }, errors: problemsOfFields(errors, language) };
  }
  const invited = await inviteSupplier(caller!.actor, assessment.id, parsed.data.by === "organisation" ? { supplierOrganisationId: parsed.data.supplierOrganisationId } : { email: parsed.data.email });
  if (!invited) return notFound;
  const after = await getAssessment(caller!.actor, assessment.id);
  const invitation = after!.invitations.find((i) => i.id === invited.invitationId)!;
  return {
    status: 201,
    body: { id: invitation.id, supplier: invitation.supplierOrganisationId && invitation.supplierName ? { id: invitation.supplierOrganisationId, name: invitation.supplierName } : null, email: invitation.email, withdrawn: false, progress: invitation.progress, submittedAt: null },
  };
});
