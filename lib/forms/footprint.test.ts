import { describe, expect, it } from "vitest";
import type { ServiceFootprintDeclaration } from "@/lib/domain/case/footprint-schema";
import { footprintFields, footprintFormValues, lineOfField, parseFootprintForm } from "./footprint";

/** The form as a browser sends it: every field, blank unless given (hosting regions default to Great Britain). */
const form = (given: Record<string, string>) => ({ ...footprintFormValues(undefined), ...given });

const errors = (given: Record<string, string>) => {
  const parsed = parseFootprintForm(form(given));
  return parsed.success ? {} : parsed.errors;
};

const parse = (given: Record<string, string>) => {
  const parsed = parseFootprintForm(form(given));
  if (!parsed.success) throw new Error(JSON.stringify(parsed.errors));
  return parsed.data;
};

describe("footprint form", () => {
  it("names every field of up to 3 hosting lines and 5 device lines, with the line each belongs to", () => {
    expect(footprintFields).toContain("hostingKWh3");
    expect(footprintFields).toContain("deviceLifetime5");
    expect(footprintFields).not.toContain("hostingKWh4");
    expect(footprintFields).not.toContain("deviceCount6");
    expect(footprintFields).toHaveLength(3 * 3 + 5 * 7 + 4);
    expect([lineOfField("pue2"), lineOfField("deviceKind4"), lineOfField("dataGB"), lineOfField("functionalUnitCount")]).toEqual([2, 4, undefined, undefined]);
  });

  it("takes several hosting lines and several kinds of device in one declaration, leaving blank lines out", () => {
    expect(
      parse({
        hostingKWh1: "12,000",
        hostingRegion3: "IE",
        hostingKWh3: "3000",
        pue3: "1.4",
        deviceDescription1: "Caseworker laptops",
        deviceModel1: "laptop",
        deviceCount1: "100",
        deviceLifetime1: "4",
        deviceDescription4: "Core switches",
        deviceKind4: "network",
        deviceCount4: "2",
        deviceEmbodied4: "350",
        deviceLifetime4: "6",
        deviceKWh4: "900",
      }),
    ).toEqual({
      hosting: [
        { region: "GB", electricityKWhPerYear: 12000 },
        { region: "IE", electricityKWhPerYear: 3000, powerUsageEffectiveness: 1.4 },
      ],
      devices: [
        { kind: "end-user", description: "Caseworker laptops", count: 100, model: "laptop", lifetimeYears: 4 },
        { kind: "network", description: "Core switches", count: 2, embodiedKgCO2eEach: 350, lifetimeYears: 6, electricityKWhPerYearEach: 900 },
      ],
    });
  });

  it("takes a declaration without hosting: devices of a common kind with no embodied figure, or data alone", () => {
    expect(parse({ deviceDescription1: "Caseworker laptops", deviceModel1: "laptop", deviceCount1: "2", deviceLifetime1: "4" }).hosting).toEqual([]);
    expect(parse({ dataGB: "5000" })).toEqual({ hosting: [], devices: [], dataTransferredGBPerYear: 5000 });
    // A region chosen on a line with nothing else is not a line.
    expect(parse({ hostingRegion2: "FR", dataGB: "5000" }).hosting).toEqual([]);
  });

  it("accepts figures up to the limits and refuses larger ones with the line's message", () => {
    expect(errors({ hostingKWh1: "10,000,000,000", dataGB: "1000000000000" })).toEqual({});
    expect(errors({ hostingKWh1: "10000000001", hostingKWh2: "-5", dataGB: "1e308" })).toEqual({
      hostingKWh1: "hostingLine.kWhInvalid",
      hostingKWh2: "hostingLine.kWhInvalid",
      dataGB: "dataGB.invalid",
    });
  });

  it("gives a partly filled line a problem on each of its own fields, and finds every problem at once", () => {
    expect(
      errors({
        hostingKWh1: "12000",
        pue2: "1.4",
        hostingRegion3: "Atlantis",
        hostingKWh3: "10",
        deviceDescription1: "Laptops",
        deviceModel1: "laptop",
        deviceCount1: "2",
        deviceLifetime1: "4",
        deviceKind2: "server",
        deviceDescription5: "Switches",
        deviceModel5: "network-switch",
        deviceCount5: "2.5",
        deviceLifetime5: "0",
      }),
    ).toEqual({
      hostingKWh2: "hostingLine.kWhRequired",
      hostingRegion3: "hostingLine.regionRequired",
      deviceDescription2: "deviceLine.descriptionRequired",
      deviceCount2: "deviceLine.countRequired",
      deviceEmbodied2: "deviceLine.embodiedRequiredOrDefault",
      deviceLifetime2: "deviceLine.lifetimeRequired",
      deviceModel5: "deviceLine.modelInvalid",
      deviceCount5: "deviceLine.countInvalid",
      deviceLifetime5: "deviceLine.lifetimeInvalid",
    });
    expect(errors({ deviceDescription3: "Laptops", deviceCount3: "2", deviceEmbodied3: "200", deviceLifetime3: "4" })).toEqual({ deviceKind3: "deviceLine.kindRequired" });
    expect(errors({ deviceDescription1: "x".repeat(201), deviceKind1: "end-user", deviceCount1: "1", deviceEmbodied1: "1", deviceLifetime1: "1" })).toEqual({ deviceDescription1: "deviceLine.descriptionTooLong" });
  });

  it("asks for something to be declared, and for the count of a functional unit", () => {
    expect(errors({})).toEqual({ hostingKWh1: "footprint.nothingDeclared" });
    expect(errors({ dataGB: "10", functionalUnit: "user" })).toEqual({ functionalUnitCount: "functionalUnitCount.required" });
    expect(errors({ dataGB: "10", functionalUnitCount: "12000" })).toEqual({ functionalUnit: "functionalUnit.required" });
    expect(errors({ dataGB: "10", functionalUnit: "transaction", functionalUnitCount: "1.5" })).toEqual({ functionalUnitCount: "functionalUnitCount.invalid" });
  });

  it("shows a saved declaration back line by line: declaration → form → declaration is the same declaration", () => {
    const declarations: ServiceFootprintDeclaration[] = [
      {
        hosting: [
          { region: "GB", electricityKWhPerYear: 120000 },
          { region: "IE", electricityKWhPerYear: 30000, powerUsageEffectiveness: 1.25 },
          { region: "FR", electricityKWhPerYear: 0.5 },
        ],
        devices: [
          { kind: "end-user", description: "Caseworker laptops", count: 100, model: "laptop", lifetimeYears: 4 },
          { kind: "server", description: "Rack servers, own figure", count: 4, model: "rack-server", embodiedKgCO2eEach: 1200, lifetimeYears: 5, electricityKWhPerYearEach: 2000 },
          { kind: "network", description: "Core switches", count: 2, embodiedKgCO2eEach: 350, lifetimeYears: 6 },
          { kind: "end-user", description: "Smartphones", count: 40, model: "smartphone", lifetimeYears: 3 },
          { kind: "end-user", description: "Monitors", count: 0, embodiedKgCO2eEach: 0, lifetimeYears: 0.5, electricityKWhPerYearEach: 0 },
        ],
        dataTransferredGBPerYear: 5000,
        usersRegion: "IE",
        functionalUnit: { kind: "user", countPerYear: 120 },
      },
      { hosting: [], devices: [{ kind: "end-user", description: "Tablets", count: 3, model: "tablet", lifetimeYears: 3 }] },
      { hosting: [{ region: "GB", electricityKWhPerYear: 1 }], devices: [] },
    ];
    for (const declaration of declarations) {
      const values = footprintFormValues(declaration);
      expect(Object.keys(values).sort()).toEqual([...footprintFields].sort());
      expect(parseFootprintForm(values)).toEqual({ success: true, data: declaration });
    }
  });
});
