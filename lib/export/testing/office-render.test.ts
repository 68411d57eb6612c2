import { describe, expect, it } from "vitest";
import { brokenWords, vocabularyOf } from "./office-render";

describe("finding words broken across lines in a PDF's text", () => {
  const words = vocabularyOf(["Pwysoliad (%) / Weight (%)", "Isafswm sgôr", "line-of-business"]);

  it("finds 'Pwysolia' / 'd'", () => {
    expect(brokenWords("Rheol fusnes Maen prawf Pwysolia\nd Isafswm\nsgôr", words)).toEqual(["Pwysolia|d"]);
  });

  it("allows a break between words and after a hyphen", () => {
    expect(brokenWords("Pwysoliad\n(%) Isafswm\nsgôr line-\nof-business", words)).toEqual([]);
  });
});
