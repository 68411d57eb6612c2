import { describe, expect, it } from "vitest";
import { footprintSchema } from "./responses";

const form = (overrides: Record<string, string>) => ({
  hostingRegion: "GB",
  hostingKWh: "12000",
  pue: "",
  deviceDescription: "",
  deviceModel: "",
  deviceKind: "",
  deviceCount: "",
  deviceEmbodied: "",
  deviceLifetime: "",
  deviceKWh: "",
  dataGB: "",
  usersRegion: "",
  functionalUnit: "",
  functionalUnitCount: "",
  ...overrides,
});

const errors = (overrides: Record<string, string>) => footprintSchema.safeParse(form(overrides)).error?.issues.map((i) => [i.path.join("."), i.message]) ?? [];

describe("footprint form limits", () => {
  it("accepts figures up to the limits and refuses larger ones with the field's message", () => {
    expect(errors({ hostingKWh: "10,000,000,000", dataGB: "1000000000000" })).toEqual([]);
    expect(errors({ hostingKWh: "10000000001", dataGB: "1e308" })).toEqual([
      ["hostingKWh", "hostingKWh.invalid"],
      ["dataGB", "dataGB.invalid"],
    ]);
  });

  it("takes a declaration without hosting: devices of a common kind with no embodied figure, or data alone", () => {
    expect(errors({ hostingKWh: "", deviceDescription: "Caseworker laptops", deviceModel: "laptop", deviceCount: "2", deviceLifetime: "4" })).toEqual([]);
    expect(errors({ hostingKWh: "", dataGB: "5000" })).toEqual([]);
  });

  it("asks for something to be declared, for embodied carbon or a kind, and for the count of a functional unit", () => {
    expect(errors({ hostingKWh: "" })).toEqual([["hostingKWh", "footprint.nothingDeclared"]]);
    expect(errors({ hostingKWh: "", pue: "1.4", dataGB: "10" })).toEqual([["hostingKWh", "hostingKWh.required"]]);
    expect(errors({ deviceDescription: "Switches", deviceKind: "network", deviceCount: "2", deviceLifetime: "6" })).toEqual([["deviceEmbodied", "deviceEmbodied.requiredOrDefault"]]);
    expect(errors({ deviceDescription: "Laptops", deviceCount: "2", deviceEmbodied: "200", deviceLifetime: "4" })).toEqual([["deviceKind", "deviceKind.required"]]);
    expect(errors({ deviceModel: "network-switch" })).toEqual([["deviceModel", "deviceModel.invalid"]]);
    expect(errors({ functionalUnit: "user" })).toEqual([["functionalUnitCount", "functionalUnitCount.required"]]);
    expect(errors({ functionalUnitCount: "12000" })).toEqual([["functionalUnit", "functionalUnit.required"]]);
    expect(errors({ functionalUnit: "transaction", functionalUnitCount: "1.5" })).toEqual([["functionalUnitCount", "functionalUnitCount.invalid"]]);
  });
});
