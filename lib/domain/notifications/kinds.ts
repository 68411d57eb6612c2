// Every message the service sends, with what each needs. Names (organisations, an assessment's title) come in both
// languages where the Welsh was written; a reference as the buyer wrote it. Links are absolute; a link carrying a
// token is written as a {{placeholder}} filled in only when the message is sent (see delivery.ts).

export type Named = { en: string; cy?: string | null };

/** An assessment as messages name it: its title in both languages where the buyer wrote a Welsh one. */
export type AssessmentRef = { title: Named; reference: string; buyer: Named };

export type MessageParams = {
  "member-invitation": { organisation: Named; role: string; link: string; expiresAt: Date };
  "supplier-invitation": { assessment: AssessmentRef; deadline: Date; link: string; byEmail: boolean };
  "assessment-changed": { assessment: AssessmentRef; deadline: Date; changes: string; link: string };
  "deadline-extended": { assessment: AssessmentRef; previousDeadline: Date; deadline: Date; link: string };
  "clarification-answered": { assessment: AssessmentRef; question: string; answer: string; link: string };
  /** To an invited organisation's people, or (`invitationNotTaken`) to an e-mail invitation nobody has accepted yet. */
  "deadline-reminder": { assessment: AssessmentRef; deadline: Date; reminder: "7-days" | "1-day"; link: string; invitationNotTaken?: boolean };
  "submission-receipt": { assessment: AssessmentRef; submissionReference: string; receiptHash: string; submittedAt: Date; link: string };
  "specialist-added": { assessment: AssessmentRef; link: string };
  "comment-resolved": { assessment: AssessmentRef; comment: string; resolution: string; link: string };
  "conflict-decided": { assessment: AssessmentRef; supplier: Named; decision: "allowed" | "excluded"; link: string };
  "summary-released": { assessment: AssessmentRef; link: string };
  /** `decidedOn` and `standstillLastDay` are UK calendar days, YYYY-MM-DD: the day the officer entered, not when it was recorded. */
  outcome: { assessment: AssessmentRef; result: "awarded" | "not-awarded" | "cancelled"; awardedSupplier: Named | null; decidedOn: string; standstillLastDay: string | null; link: string };
  "password-reset": { link: string; expiresAt: Date };
  /**
   * To the supplier's people: a contract year's report is asked for by the officer, due within 14 days, or overdue.
   * `dueOn` is a UK calendar day, YYYY-MM-DD.
   */
  "contract-report-due": { assessment: AssessmentRef; contractYear: number; dueOn: string; reason: "requested" | "due-soon" | "overdue"; link: string };
  /** To the buyer's officers and sustainability specialists: the supplier has submitted a contract year's report. */
  "contract-report-submitted": { assessment: AssessmentRef; supplier: Named; contractYear: number; reportReference: string; link: string };
  /** To the supplier's people: the specialist has queried a KPI in their report, with the reason. */
  "kpi-queried": { assessment: AssessmentRef; contractYear: number; kpi: Named; reason: string; link: string };
  /** To the buyer's sustainability specialists: the supplier has answered a query on a KPI. */
  "kpi-query-answered": { assessment: AssessmentRef; supplier: Named; contractYear: number; kpi: Named; reply: string; link: string };
};

export type MessageKind = keyof MessageParams;

export const messageKinds = [
  "member-invitation",
  "supplier-invitation",
  "assessment-changed",
  "deadline-extended",
  "clarification-answered",
  "deadline-reminder",
  "submission-receipt",
  "specialist-added",
  "comment-resolved",
  "conflict-decided",
  "summary-released",
  "outcome",
  "password-reset",
  "contract-report-due",
  "contract-report-submitted",
  "kpi-queried",
  "kpi-query-answered",
] as const satisfies readonly MessageKind[];
