import { describe, expect, it } from "vitest";
import { readWhatIfWeights, type WeightEntry } from "./what-if-weights";

const entry = (criterionId: string, typed: string | undefined): WeightEntry => ({
  criterionId, fieldId: `w-${criterionId}`, title: { en: `Criterion ${criterionId}`, cy: `Maen prawf ${criterionId}` }, typed,
});
const current = { a: 50, b: 30, c: 20 };

describe("weights typed into the what-if form", () => {
  it("are whole numbers from 0 to 100 totalling 100; an empty box keeps the criterion's weight", () => {
    expect(readWhatIfWeights([entry("a", "60"), entry("b", ""), entry("c", "10")], current)).toEqual({ weights: { a: 60, b: 30, c: 10 } });
  });

  it("name the criterion by its title for anything else, never echoing NaN or 1e+308", () => {
    const read = readWhatIfWeights([entry("a", "abc"), entry("b", "33.3"), entry("c", "1e308")], current);
    expect(read).toEqual({
      errors: ["a", "b", "c"].map((id) => ({
        fieldId: `w-${id}`,
        message: { en: `Weight for Criterion ${id} must be a whole number from 0 to 100`, cy: `Rhaid i’r pwysoliad ar gyfer Maen prawf ${id} fod yn rhif cyfan o 0 i 100` },
      })),
    });
    expect(JSON.stringify(read)).not.toMatch(/NaN|e\+308|Infinity/);
    expect(readWhatIfWeights([entry("a", "101"), entry("b", "-1"), entry("c", "20")], current)).toMatchObject({ errors: [{ fieldId: "w-a" }, { fieldId: "w-b" }] });
  });

  it("say what they total when they do not total 100, on the first box", () => {
    expect(readWhatIfWeights([entry("a", "0"), entry("b", "30"), entry("c", "20")], current)).toEqual({
      errors: [{ fieldId: "w-a", message: { en: "The weights must total 100; they total 50", cy: "Rhaid i’r pwysoliadau fod yn 100 i gyd; 50 yw’r cyfanswm" } }],
    });
  });
});
