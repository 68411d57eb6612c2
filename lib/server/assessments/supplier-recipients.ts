import "server-only";
import type { Tx } from "@/lib/server/db";

/** Who is told of a change to a published assessment: each invitation not withdrawn, by organisation or e-mail. */
export type SupplierRecipient = { supplierOrganisationId: string; email: null } | { supplierOrganisationId: null; email: string };

/**
 * A message a use case asks to be sent, returned with its result so that the caller (or an outbox in the same
 * transaction) can queue it: the event, the assessment it is about and the recipients.
 */
export type Notice<E extends string, D = Record<string, never>> = { event: E; assessmentId: string; organisationId: string; recipients: SupplierRecipient[]; details: D };

export async function invitedSuppliers(tx: Tx, assessmentId: string): Promise<SupplierRecipient[]> {
  const invitations = await tx.supplierInvitation.findMany({ where: { assessmentId, withdrawnAt: null }, select: { supplierOrganisationId: true, email: true }, orderBy: { createdAt: "asc" } });
  return invitations.flatMap((invitation): SupplierRecipient[] => {
    if (invitation.supplierOrganisationId) return [{ supplierOrganisationId: invitation.supplierOrganisationId, email: null }];
    return invitation.email ? [{ supplierOrganisationId: null, email: invitation.email }] : [];
  });
}
