/**
 * The OCDS `tender.status` (tenderStatus codelist, OCDS 1.1) and release tag of an assessment at a moment:
 * a draft is being planned; once published it is `active` until the deadline for responses, then `complete`
 * ("The bid submission deadline has passed"). `since` is when that status began, where the record knows it.
 */
export type TenderStatus = "planning" | "active" | "complete";

export function tenderStatus(assessment: { status: "draft" | "published"; publishedAt?: string; responseDeadline: string }, now: string): { status: TenderStatus; tag: "planning" | "tender"; since: string | null } {
  if (assessment.status === "draft") return { status: "planning", tag: "planning", since: null };
  if (Date.parse(now) < Date.parse(assessment.responseDeadline)) return { status: "active", tag: "tender", since: assessment.publishedAt ?? null };
  return { status: "complete", tag: "tender", since: assessment.responseDeadline };
}
