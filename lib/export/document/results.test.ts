import { describe, expect, it } from "vitest";
import { manySuppliersFixture, resultsFixture } from "../fixtures";
import type { ResultsExport } from "../model";
import { inLanguages } from "../testing/read-back";
import type { Block, Cell } from "./blocks";
import { resultsDocument } from "./results";

const tables = (blocks: Block[]) => blocks.filter((b): b is Extract<Block, { kind: "table" }> => b.kind === "table");
const text = (cell: Cell) => cell.flatMap((p) => p.spans.map((s) => s.text)).join(" ");

describe("the results document", () => {
  it("stays portrait and a few columns wide at 300 suppliers: one row per tender, never one column", () => {
    const model = resultsDocument(manySuppliersFixture(300));
    expect(model.orientation).toBe("portrait");
    for (const table of tables(model.blocks)) expect(table.header?.length ?? 2).toBeLessThanOrEqual(10);
    const supplierRows = tables(model.blocks).flatMap((t) => t.rows.map((row) => text(row[1])));
    expect(supplierRows.filter((name) => name === "Cyflenwr Cwmwl 300 Cyf.")).toHaveLength(2);
  });

  it("numbers each criterion and gives its weight in the score table's heading, with a key of titles", () => {
    const model = resultsDocument(inLanguages(resultsFixture, ["en"]));
    const [, ranking, key, scores] = tables(model.blocks);
    expect(ranking.header?.map(text)).toEqual(["Rank", "Supplier", "Total (out of 100)", "Business rule 1 (out of 40)", "Business rule 2 (out of 15)", "Business rule 3 (out of 25)", "Outcome (out of 20)"]);
    expect(ranking.rows[1].map(text).slice(2)).toEqual(["71.25", "30.00", "7.50", "18.75", "15.00"]);
    expect(key.rows[0].map(text)).toEqual(["1", "Commitment to science-based net-zero targets", "Business rule 1: net zero", "25%"]);
    expect(scores.header?.map(text)).toEqual(["Rank", "Supplier", "1 25%", "2 15%", "3 15%", "4 15%", "5 10%", "6 20%"]);
    expect(scores.rows[0].map(text)).toEqual(["1", "Cwmwl Glân Cyf.", "4", "3", "3", "3", "4", "3"]);
  });

  it("splits many criteria into score tables of a page's width, each headed by its range", () => {
    const twelve: ResultsExport = {
      ...inLanguages(resultsFixture, ["cy"]),
      criteria: [...resultsFixture.criteria, ...resultsFixture.criteria.map((c) => ({ ...c, id: `${c.id}-b` }))],
    };
    const model = resultsDocument(twelve);
    const headings = model.blocks.filter((b) => b.kind === "heading" && b.level === 3).map((b) => (b.kind === "heading" ? text([b.text]) : "")).filter((heading) => heading.startsWith("Meini prawf"));
    expect(headings).toEqual(["Meini prawf 1 i 6", "Meini prawf 7 i 12"]);
    expect(model.orientation).toBe("portrait");
  });

  it("runs a header with the reference and title, and numbers the pages", () => {
    const model = resultsDocument(inLanguages(resultsFixture, ["en"]));
    expect(model.runningHeader.spans.map((s) => s.text).join("")).toBe("DT-2026-014 · Cloud hosting for council services · Results");
    expect(model.pageFooter.map((part) => ("field" in part ? `{${part.field}}` : part.text)).join("")).toBe("Page {page-number} of {page-count}");
  });
});
