import { describe, expect, it } from "vitest";
import { identifierFits, identifierSchemes, normaliseIdentifier } from "./identifier-schemes";

describe("organisation identifier schemes", () => {
  it("accepts each scheme's own example and refuses text that is no identifier", () => {
    for (const scheme of identifierSchemes) {
      expect(identifierFits(scheme.code, scheme.example)).toBe(true);
      expect(identifierFits(scheme.code, "not an id!")).toBe(false);
    }
  });

  it("reads identifiers as registers print them", () => {
    expect(normaliseIdentifier(" sc 012345 ")).toBe("SC012345");
    expect(identifierFits("GB-SC", "sc012345")).toBe(true);
    expect(identifierFits("GB-COH", "1234567")).toBe(false);
    expect(identifierFits("GB-COH", "SC123456")).toBe(true);
    expect(identifierFits("GB-CHC", "SC012345")).toBe(false);
  });

  it("names every scheme in English and Welsh", () => {
    for (const scheme of identifierSchemes) {
      expect(scheme.code).toMatch(/^GB-[A-Z]+$/);
      expect(scheme.name.en).not.toBe("");
      expect(scheme.name.cy).not.toBe(scheme.name.en);
    }
  });
});
