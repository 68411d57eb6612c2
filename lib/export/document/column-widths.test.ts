import { describe, expect, it } from "vitest";
import { composer, type Block } from "./blocks";
import { fitColumnWidths, minimumWidths, textWidthPt } from "./column-widths";

const c = composer(["cy", "en"]);
const table = (widths: number[], header: string[], rows: string[][] = []): Extract<Block, { kind: "table" }> => ({
  kind: "table",
  widths,
  header: header.map((h) => c.plain(h, true)),
  rows: rows.map((row) => row.map((cell) => c.plain(cell))),
});

describe("column widths that fit the words", () => {
  it("measures Arial: an m is wider than an i, bold wider than regular, ŵ as wide as w", () => {
    expect(textWidthPt("mmmm", false)).toBeGreaterThan(textWidthPt("iiii", false));
    expect(textWidthPt("Pwysoliad", true)).toBeGreaterThan(textWidthPt("Pwysoliad", false));
    expect(textWidthPt("dŵr", false)).toBe(textWidthPt("dwr", false));
  });

  it("gives the Weight column room for the whole of 'Pwysoliad', taking it from the wide columns", () => {
    const block = table([3, 5, 1, 1], ["Rheol fusnes", "Maen prawf", "Pwysoliad", "Isafswm sgôr"], [["Rheol fusnes 1: sero net", "Ymrwymiad i dargedau sero net", "17%", "Dim"]]);
    const widths = fitColumnWidths(block, 17);
    const pwysoliadCm = (textWidthPt("Pwysoliad", true) * 2.54) / 72;
    expect(widths[2]).toBeGreaterThan(pwysoliadCm);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(17, 6);
    // The two wide columns keep their proportion to each other.
    expect(widths[1] / widths[0]).toBeCloseTo(5 / 3, 6);
  });

  it("keeps the relative widths when every word fits", () => {
    const widths = fitColumnWidths(table([1, 3], ["A", "B"]), 16);
    expect(widths).toEqual([4, 12]);
  });

  it("shares the page by the words' widths when they cannot all fit", () => {
    const words = Array.from({ length: 12 }, () => "Gwerthuswyr");
    const widths = fitColumnWidths(table(words.map(() => 1), words), 17);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(17, 6);
    expect(minimumWidths(table(words.map(() => 1), words)).reduce((a, b) => a + b, 0)).toBeGreaterThan(17);
  });
});
