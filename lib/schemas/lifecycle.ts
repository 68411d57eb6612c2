import { z } from "zod";
import { assessmentDetailsSchema } from "./assessments";
import { recordId, recordVersion } from "./ids";

// Changing an assessment over its life: its details while a draft, its deadline once published, the decision at the
// end; and the list's search. Messages are keys of the "errors" catalogue namespace.

/** A draft's details: as when it was created, less the nation (which decides the policy and stays). */
export const changeDetailsSchema = assessmentDetailsSchema.omit({ nation: true }).extend({ version: z.coerce.number().pipe(recordVersion) });
export const changeDetailsFields = Object.keys(changeDetailsSchema.shape);

export const questionWordingSchema = z.object({
  wording: z.string().trim().min(1, "clarificationWording.required").max(5000, "clarificationWording.tooLong"),
});

export const outcomeFields = ["decision", "supplierOrganisationId", "decidedDay", "decidedMonth", "decidedYear"] as const;

export const outcomeSchema = z.discriminatedUnion(
  "decision",
  [
    z.object({ decision: z.literal("awarded"), supplierOrganisationId: z.string().trim().min(1, "awardedSupplier.required") }),
    z.object({ decision: z.literal("cancelled"), supplierOrganisationId: z.string().optional() }),
  ],
  { error: "decision.required" },
);

/** The list of assessments: words to look for, the order, and whether archived ones are shown. Anything odd is ignored. */
export const assessmentListQuery = z.object({
  // Longer than any title and reference together: cut to the first 200 characters, never dropped (which would list everything).
  q: z.string().trim().catch("").transform((q) => q.slice(0, 200)),
  sort: z.enum(["deadline", "deadline-desc", "status", "created"]).catch("created"),
  archived: z.enum(["show", "only"]).optional().catch(undefined),
});
export type AssessmentListQuery = z.infer<typeof assessmentListQuery>;

/** An instant as a page passes it on (a confirmed deadline): ISO 8601 in UTC. */
export const isoInstant = z.iso.datetime();
/** A calendar date as a page passes it on. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The decision a confirmation page binds. */
export const outcomeDecision = z.enum(["awarded", "cancelled"]);
/** The supplier awarded the contract, or none (a cancellation). */
export const awardedSupplierId = z.union([recordId, z.literal("")]);

/** The outcome chosen, as the confirmation page's address carries it (and the form's, to change it). */
export const outcomeChoiceQuery = z.union([
  z.object({ decision: z.literal("awarded"), supplier: recordId, on: isoDate }),
  z.object({ decision: z.literal("cancelled"), on: isoDate }),
]);
