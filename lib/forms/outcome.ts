import { outcomeSchema } from "@/lib/schemas/lifecycle";
import { parseDayMonthYear } from "./decision-date";
import { accept, fieldErrors, refuse, type Parsed } from "./form-state";

/** The outcome an officer chose: award to a ranked supplier, or cancel; and the day it was decided (an ISO date). */
export type OutcomeChoice = { decision: "awarded"; supplierOrganisationId: string; decidedOn: string } | { decision: "cancelled"; decidedOn: string };

/** The outcome form: the decision, the supplier for an award, and the day as day, month and year; all problems at once. */
export function parseOutcome(values: Record<string, string>): Parsed<OutcomeChoice> {
  const parsed = outcomeSchema.safeParse(values);
  const date = parseDayMonthYear(values.decidedDay ?? "", values.decidedMonth ?? "", values.decidedYear ?? "", "decidedOn");
  const errors = { ...(parsed.success ? {} : fieldErrors(parsed.error)), ...("error" in date ? { decidedDay: date.error } : {}) };
  if (!parsed.success || "error" in date) return refuse(errors);
  if (parsed.data.decision === "awarded") return accept({ decision: "awarded", supplierOrganisationId: parsed.data.supplierOrganisationId, decidedOn: date.date });
  return accept({ decision: "cancelled", decidedOn: date.date });
}
