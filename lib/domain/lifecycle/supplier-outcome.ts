import type { AssessmentStatus } from "./assessment-status";

// What a supplier sees about its own response. Before the deadline: how far it has got. After: whether it submitted,
// and once the buyer decides, whether it was awarded the contract.

export type SupplierResponseStatus = "not-started" | "in-progress" | "submitted" | "withdrawn";
export type SupplierOutcome = SupplierResponseStatus | "did-not-submit" | "awarded" | "not-awarded" | "cancelled";

export function supplierOutcome(input: {
  assessmentStatus: AssessmentStatus;
  responseStatus: SupplierResponseStatus;
  /** The supplier organisation awarded the contract, when the assessment is awarded. */
  awardedSupplierId: string | null;
  supplierId: string;
}): SupplierOutcome {
  const { assessmentStatus: status, responseStatus } = input;
  // A cancelled procurement is cancelled for everyone invited, whether or not they had submitted, even before its deadline.
  if (status === "cancelled") return "cancelled";
  if (status === "draft" || status === "open") return responseStatus;
  if (responseStatus !== "submitted") return "did-not-submit";
  if (status === "awarded") return input.awardedSupplierId === input.supplierId ? "awarded" : "not-awarded";
  return "submitted";
}
