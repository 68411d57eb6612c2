import type { SupplierOutcome } from "@/lib/domain/lifecycle/supplier-outcome";

// What a supplier's dashboard puts first: each response still to send before its deadline, the soonest first. What
// has been sent, and what the buyer decided, is in the table of invitations below it.

export type SupplierInvitation = {
  id: string;
  title: { en: string; cy: string };
  reference: string;
  responseDeadline: Date;
  outcome: SupplierOutcome;
  answered: number;
  questions: number;
};

export type SupplierWork = { kind: "start-response" | "finish-response" | "resubmit-response"; invitation: SupplierInvitation };

const responseWork: Partial<Record<SupplierOutcome, SupplierWork["kind"]>> = {
  "not-started": "start-response",
  "in-progress": "finish-response",
  withdrawn: "resubmit-response",
};

/** Responses not yet sent whose deadlines have not passed, the soonest first. */
export function supplierWorkWaiting(invitations: readonly SupplierInvitation[], now: Date): SupplierWork[] {
  return invitations
    .filter((invitation) => responseWork[invitation.outcome] && invitation.responseDeadline > now)
    .sort((a, b) => a.responseDeadline.getTime() - b.responseDeadline.getTime())
    .map((invitation) => ({ kind: responseWork[invitation.outcome]!, invitation }));
}
