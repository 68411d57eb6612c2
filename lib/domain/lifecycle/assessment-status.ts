// Where an assessment stands, worked out from its data and the clock, never stored: a stored status would go stale
// the moment a deadline passed.

export const assessmentStatuses = ["draft", "open", "closed", "evaluated", "awarded", "cancelled"] as const;
export type AssessmentStatus = (typeof assessmentStatuses)[number];

export type Outcome = "awarded" | "cancelled";

export type AssessmentFacts = {
  /** Published (its criteria fixed and suppliers invited), or still a draft. */
  published: boolean;
  responseDeadline: Date;
  /** Every submitted tender has every counting score in (or was disregarded): the results are final. */
  fullyEvaluated: boolean;
  /** The decision the officer recorded, if any. */
  outcome: Outcome | null;
};

/**
 * draft → open → closed (the deadline has passed) → evaluated (every counting score in) → awarded or cancelled (the
 * officer records the decision). A decision recorded stands whatever else is true; before the deadline an
 * assessment is open, whatever has been scored.
 */
export function assessmentStatus(facts: AssessmentFacts, now: Date): AssessmentStatus {
  if (!facts.published) return "draft";
  if (facts.outcome) return facts.outcome;
  if (now.getTime() < facts.responseDeadline.getTime()) return "open";
  return facts.fullyEvaluated ? "evaluated" : "closed";
}

/** A decision (award or cancel) may be recorded once the deadline has passed and until one is recorded. */
export function canRecordOutcome(status: AssessmentStatus, decision: Outcome): boolean {
  if (decision === "awarded") return status === "evaluated";
  return status === "open" || status === "closed" || status === "evaluated";
}

/** Finished assessments (awarded or cancelled) may be archived: kept, but out of the everyday list. */
export function canArchive(status: AssessmentStatus): boolean {
  return status === "awarded" || status === "cancelled";
}

/** Only a draft may be deleted: once published, suppliers have seen it and the record must be kept. */
export function canDelete(status: AssessmentStatus): boolean {
  return status === "draft";
}

/** The order statuses are sorted in: the stage of the procurement. */
export function statusRank(status: AssessmentStatus): number {
  return assessmentStatuses.indexOf(status);
}
