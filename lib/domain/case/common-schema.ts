import { z } from "zod";

/** Calendar dates are ISO strings (YYYY-MM-DD); zod checks the day exists (no 30 February). */
export const isoDateSchema = z.iso.date().describe("A date in the form YYYY-MM-DD");

export const bilingualSchema = z.strictObject({
  en: z.string().trim().min(1).describe("English"),
  cy: z.string().trim().min(1).describe("Welsh"),
});

export const idSchema = z.string().trim().min(1).max(200);

export const webAddressSchema = z.url({ protocol: /^https?$/ }).describe("A web address starting http:// or https://");

export const percentSchema = z.number().min(0).max(100);

/** The date an item of evidence was checked, and an expiry the certificate itself states, if any. */
export const datedEvidenceFields = {
  asAt: isoDateSchema.describe("When the evidence was issued or last checked"),
  expiresOn: isoDateSchema.optional().describe("The expiry printed on the certificate; overrides the usual validity"),
  withdrawn: z.boolean().optional().describe("True when the issuer has withdrawn or suspended it"),
};
