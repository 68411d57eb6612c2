import { z } from "zod";
import { datedEvidenceFields, percentSchema, webAddressSchema, isoDateSchema } from "./common-schema";

export const sbtiStatuses = ["committed", "near-term-targets-set", "net-zero-targets-set", "commitment-removed"] as const;
export const cdpScores = ["A", "A-", "B", "B-", "C", "C-", "D", "D-", "F"] as const;
export const ecoVadisMedals = ["platinum", "gold", "silver", "bronze", "none"] as const;
export const epeatTiers = ["bronze", "silver", "gold"] as const;
export const routeToNetZeroLevels = ["taking-action", "advancing", "leading"] as const;

/** A supplier's structured evidence, each item with the date it stands at. */
export const supplierEvidenceSchema = z.strictObject({
  sbti: z.strictObject({ status: z.enum(sbtiStatuses), ...datedEvidenceFields }).optional(),
  cdp: z.strictObject({ score: z.enum(cdpScores), ...datedEvidenceFields }).optional(),
  ecoVadis: z
    .strictObject({ score: z.number().int().min(0).max(100), medal: z.enum(ecoVadisMedals), ...datedEvidenceFields })
    .optional(),
  epeat: z.strictObject({ tier: z.enum(epeatTiers), ...datedEvidenceFields }).optional(),
  tcoCertified: z.strictObject({ ...datedEvidenceFields }).optional(),
  iso14001: z.strictObject({ ...datedEvidenceFields }).optional(),
  carbonTrustRouteToNetZero: z.strictObject({ level: z.enum(routeToNetZeroLevels), ...datedEvidenceFields }).optional(),
  modernSlaveryStatement: z
    .strictObject({
      registryUrl: webAddressSchema,
      financialYearEnd: isoDateSchema.describe("End of the financial year the statement covers"),
      ...datedEvidenceFields,
    })
    .optional(),
  msat: z.strictObject({ ...datedEvidenceFields }).optional(),
  waste: z
    .strictObject({
      percentLandfilled: percentSchema.optional(),
      percentReusedOrRecycled: percentSchema.optional(),
      percentReusedOrRecycledPreviousYear: percentSchema.optional(),
      percentRefurbishedOrRemanufactured: percentSchema.optional(),
      percentRefurbishedOrRemanufacturedPreviousYear: percentSchema.optional(),
    })
    .optional(),
  policies: z
    .strictObject({
      circularIctPolicy: z.boolean().optional(),
      designedForDurabilityRepairAndRecycling: z.boolean().optional(),
      problematicSubstancesPhasedOut: z.boolean().optional(),
      zeroWasteTarget: z.boolean().optional(),
      recycledContentTarget: z.boolean().optional(),
      noSingleUsePlastics: z.boolean().optional(),
    })
    .optional(),
  supplyChain: z
    .strictObject({
      tier1PercentWithData: percentSchema.optional().describe("% of tier 1 suppliers, by spend, with carbon and environmental data"),
      tier2PercentWithData: percentSchema.optional(),
      highRiskAreasMappedWithMitigation: z.boolean().optional(),
      openDataKpis: z.boolean().optional(),
      climateResilienceReporting: z.boolean().optional(),
    })
    .optional(),
});

export type SupplierEvidence = z.infer<typeof supplierEvidenceSchema>;
export type SbtiStatus = (typeof sbtiStatuses)[number];
