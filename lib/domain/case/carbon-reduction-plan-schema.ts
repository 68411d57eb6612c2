import { z } from "zod";
import { isoDateSchema, webAddressSchema } from "./common-schema";
import { inputLimits } from "./limits";

/** Who signed the plan off: PPN 006's template asks for the board of directors or an equivalent management body. */
export const signatoryRoles = ["director", "equivalent", "other"] as const;

const emissionSchema = z.strictObject({
  tCO2e: z.number().min(0).max(inputLimits.tonnesCO2e),
  zeroExplanation: z.string().optional().describe("Why the figure is zero; required when it is"),
});

/**
 * A Carbon Reduction Plan as PPN 006 (England) and WPPN 006 (Wales) ask for it. Every field is optional
 * here on purpose: a missing item is a gate failure with its own message, not a malformed case.
 */
export const carbonReductionPlanSchema = z.strictObject({
  netZeroYear: z.number().int().min(2000).max(2200).optional(),
  baselineYear: z.number().int().min(1990).max(2200).optional(),
  baselineEmissionsTCO2e: z.number().min(0).max(inputLimits.tonnesCO2e).optional().describe("Scope 1, 2 and 3 total in the baseline year"),
  reportingPeriod: z.strictObject({ start: isoDateSchema, end: isoDateSchema }).optional(),
  emissions: z
    .strictObject({
      scope1: emissionSchema.optional(),
      scope2: emissionSchema.optional(),
      scope3: z
        .strictObject({
          category4: emissionSchema.optional().describe("Upstream transportation and distribution"),
          category5: emissionSchema.optional().describe("Waste generated in operations"),
          category6: emissionSchema.optional().describe("Business travel"),
          category7: emissionSchema.optional().describe("Employee commuting"),
          category9: emissionSchema.optional().describe("Downstream transportation and distribution"),
        })
        .optional(),
    })
    .optional(),
  reductionTargets: z
    .array(z.strictObject({ year: z.number().int().min(1990).max(2200), reductionPercent: z.number().min(0).max(100) }))
    .optional(),
  environmentalManagementMeasures: z.array(z.string()).optional().describe("Completed and planned reduction projects"),
  declaration: z
    .strictObject({
      signatoryName: z.string(),
      signatoryRole: z
        .enum(signatoryRoles)
        .describe("director, or equivalent: a trustee, partner or member of an equivalent governing body (PPN 006 Annex A)"),
      signedOn: isoDateSchema,
    })
    .optional(),
  publicationUrl: webAddressSchema.optional(),
});

export type CarbonReductionPlan = z.infer<typeof carbonReductionPlanSchema>;
export type Emission = z.infer<typeof emissionSchema>;
