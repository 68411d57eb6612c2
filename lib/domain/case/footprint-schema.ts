import { z } from "zod";
import { electricityRegions } from "../footprint/factors";
import { inputLimits } from "./limits";

const regionSchema = z.enum(electricityRegions).describe("Country or region of the electricity grid");

/** What a supplier declares about a service so its footprint can be estimated (Tech Net Zero recommendation 4). */
export const serviceFootprintDeclarationSchema = z.strictObject({
  hosting: z
    .array(
      z.strictObject({
        region: regionSchema,
        electricityKWhPerYear: z.number().min(0).max(inputLimits.kWhPerYear),
        powerUsageEffectiveness: z
          .number()
          .min(1)
          .max(5)
          .optional()
          .describe("Give only when the kWh is the IT load alone; the estimate multiplies by it"),
      }),
    )
    .default([]),
  devices: z
    .array(
      z.strictObject({
        kind: z.enum(["end-user", "server", "network"]),
        description: z.string().min(1),
        count: z.number().int().min(0).max(inputLimits.deviceCount),
        embodiedKgCO2eEach: z.number().min(0).max(inputLimits.kgCO2eEachDevice).describe("Manufacturing and transport, from the product carbon footprint"),
        lifetimeYears: z.number().positive().max(inputLimits.lifetimeYears),
        electricityKWhPerYearEach: z.number().min(0).max(inputLimits.kWhPerYearEachDevice).optional().describe("Leave out when already in a hosting figure"),
        region: regionSchema.optional(),
        serviceSharePercent: z.number().min(0).max(100).optional().describe("Share of the device used by this service; 100 when left out"),
      }),
    )
    .default([]),
  dataTransferredGBPerYear: z.number().min(0).max(inputLimits.gbPerYear).optional(),
  usersRegion: regionSchema.optional().describe("Where the data is carried to; GB when left out"),
});

export type ServiceFootprintDeclaration = z.infer<typeof serviceFootprintDeclarationSchema>;
