import { addSpecialistSchema, commentSchema, gateSchema, resolveCommentSchema } from "./assessments";
import { clarificationAnswerSchema, questionSchema } from "./responses";
import { kpiReplySchema } from "./contracts";
import { grantSpecialistSchema } from "./scoring";

/** The schemas of the small forms by name, so the browser checks each with its action's own schema. */
export const smallFormSchemas = {
  comment: commentSchema,
  resolution: resolveCommentSchema,
  question: questionSchema,
  clarificationAnswer: clarificationAnswerSchema,
  gate: gateSchema,
  specialist: addSpecialistSchema,
  sharedSpecialist: grantSpecialistSchema,
  kpiReply: kpiReplySchema,
} as const;

export type SmallFormSchema = keyof typeof smallFormSchemas;
