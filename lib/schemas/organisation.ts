import { z } from "zod";
import { identifierFits, identifierSchemeCodes, normaliseIdentifier } from "@/lib/domain/organisations/identifier-schemes";

/** An organisation's identifier in a register: both parts, or neither (to remove it). Messages are "errors" keys. */
export const organisationIdentifierSchema = z
  .object({
    identifierScheme: z.union([z.literal(""), z.enum(identifierSchemeCodes, { error: "identifierScheme.required" })]),
    identifierId: z.string().trim().max(50, "identifierId.tooLong").transform(normaliseIdentifier),
  })
  .superRefine((value, ctx) => {
    if (!value.identifierScheme && value.identifierId) ctx.addIssue({ code: "custom", path: ["identifierScheme"], message: "identifierScheme.required" });
    if (value.identifierScheme && !value.identifierId) ctx.addIssue({ code: "custom", path: ["identifierId"], message: "identifierId.required" });
    if (value.identifierScheme && value.identifierId && !identifierFits(value.identifierScheme, value.identifierId)) {
      ctx.addIssue({ code: "custom", path: ["identifierId"], message: "identifierId.invalid" });
    }
  });
export type OrganisationIdentifierInput = z.infer<typeof organisationIdentifierSchema>;
export const organisationIdentifierFields = ["identifierScheme", "identifierId"];
