import { z } from "zod";
import { identifierFits, identifierSchemeCodes, normaliseIdentifier, type IdentifierSchemeCode } from "@/lib/domain/organisations/identifier-schemes";

/** An organisation's identifier in a register: both parts, or neither (to remove it). Messages are "errors" keys. */
export const organisationIdentifierSchema = z
  .object({
    identifierScheme: z
      .string()
      .trim()
      .refine((value): value is IdentifierSchemeCode | "" => value === "" || (identifierSchemeCodes as string[]).includes(value), "identifierScheme.required"),
    identifierId: z.string().trim().max(50, "identifierId.tooLong").transform(normaliseIdentifier),
  })
  .superRefine((value, ctx) => {
    if (!value.identifierScheme && value.identifierId) ctx.addIssue({ code: "custom", path: ["identifierScheme"], message: "identifierScheme.required" });
    if (value.identifierScheme && !value.identifierId) ctx.addIssue({ code: "custom", path: ["identifierId"], message: "identifierId.required" });
    const known = (identifierSchemeCodes as string[]).includes(value.identifierScheme);
    if (known && value.identifierId && !identifierFits(value.identifierScheme as IdentifierSchemeCode, value.identifierId)) {
      ctx.addIssue({ code: "custom", path: ["identifierId"], message: "identifierId.invalid" });
    }
  });
export type OrganisationIdentifierInput = z.infer<typeof organisationIdentifierSchema>;
export const organisationIdentifierFields = ["identifierScheme", "identifierId"];
