import { z } from "zod";
import { deviceModels } from "../footprint/device-defaults";
import { electricityRegions } from "../footprint/factors";
import { inputLimits } from "./limits";

const regionSchema = z.enum(electricityRegions).describe("Country or region of the electricity grid");

/** What the footprint is divided by so that services of different sizes compare (as the GSF's SCI does). */
export const functionalUnitKinds = ["user", "transaction"] as const;
export type FunctionalUnitKind = (typeof functionalUnitKinds)[number];

// A custom issue carries its message in both languages (input-problems.ts shows it as it is).
const issue = (path: (string | number)[], en: string, cy: string) => ({ code: "custom" as const, path, message: en, params: { en, cy } });

const deviceSchema = z
  .strictObject({
    kind: z.enum(["end-user", "server", "network"]),
    description: z.string().min(1),
    count: z.number().int().min(0).max(inputLimits.deviceCount),
    model: z
      .enum(deviceModels)
      .optional()
      .describe("A common kind of device with a default embodied carbon (Boavizta), used when embodiedKgCO2eEach is left out"),
    embodiedKgCO2eEach: z
      .number()
      .min(0)
      .max(inputLimits.kgCO2eEachDevice)
      .optional()
      .describe("Manufacturing and transport, from the product carbon footprint; always used when given, even with a model"),
    lifetimeYears: z.number().positive().max(inputLimits.lifetimeYears),
    electricityKWhPerYearEach: z.number().min(0).max(inputLimits.kWhPerYearEachDevice).optional().describe("Leave out when already in a hosting figure"),
    region: regionSchema.optional(),
    serviceSharePercent: z.number().min(0).max(100).optional().describe("Share of the device used by this service; 100 when left out"),
  })
  .superRefine((device, ctx) => {
    if (device.embodiedKgCO2eEach === undefined && device.model === undefined)
      ctx.addIssue(
        issue(
          ["embodiedKgCO2eEach"],
          "Enter the embodied carbon of each device, or give a model whose default can be used.",
          "Rhowch garbon ymgorfforedig pob dyfais, neu rhowch fodel y gellir defnyddio ei ragosodiad.",
        ),
      );
  });

/** What a supplier declares about a service so its footprint can be estimated (Tech Net Zero recommendation 4). */
export const serviceFootprintDeclarationSchema = z
  .strictObject({
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
      .default([])
      .describe("Optional: a declaration may have devices only, or data transfer only"),
    devices: z.array(deviceSchema).default([]),
    dataTransferredGBPerYear: z.number().min(0).max(inputLimits.gbPerYear).optional(),
    usersRegion: regionSchema.optional().describe("Where the data is carried to; GB when left out"),
    functionalUnit: z
      .strictObject({
        kind: z.enum(functionalUnitKinds).describe("user: kgCO2e per user a year; transaction: kgCO2e per transaction"),
        countPerYear: z.number().int().positive().max(inputLimits.functionalUnitsPerYear).describe("Users served in a year, or transactions in a year"),
      })
      .optional()
      .describe("Optional: the estimate then also gives kgCO2e per unit, so services of different sizes compare"),
  })
  .superRefine((declaration, ctx) => {
    if (declaration.hosting.length === 0 && declaration.devices.length === 0 && declaration.dataTransferredGBPerYear === undefined)
      ctx.addIssue(
        issue(
          ["hosting"],
          "Declare at least one of: hosting electricity, a device, or the data transferred.",
          "Datganwch o leiaf un o’r canlynol: trydan lletya, dyfais, neu’r data a drosglwyddir.",
        ),
      );
  });

export type ServiceFootprintDeclaration = z.infer<typeof serviceFootprintDeclarationSchema>;
