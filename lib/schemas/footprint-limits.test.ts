import { describe, expect, it } from "vitest";
import { footprintSchema } from "./responses";

const form = (overrides: Record<string, string>) => ({
  hostingRegion: "GB",
  hostingKWh: "12000",
  pue: "",
  deviceDescription: "",
  deviceKind: "",
  deviceCount: "",
  deviceEmbodied: "",
  deviceLifetime: "",
  deviceKWh: "",
  dataGB: "",
  usersRegion: "",
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
});
