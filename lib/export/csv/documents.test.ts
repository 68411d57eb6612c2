import { describe, expect, it } from "vitest";
import { resultsFixture, tenderCriteriaFixture } from "../fixtures";
import type { ResultsExport } from "../model";
import { inLanguages, parseCsv } from "../testing/read-back";
import { resultsCsv, tenderCriteriaCsv } from "./documents";

describe("tender criteria as CSV", () => {
  const csv = tenderCriteriaCsv(tenderCriteriaFixture);

  it("starts with a UTF-8 byte order mark and ends records with CRLF", () => {
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.replace(/"[^"]*"/g, "").match(/(?<!\r)\n/)).toBeNull();
  });

  it("parses back to one row per criterion, with a column per language, quotes and commas intact", () => {
    const [header, ...body] = parseCsv(csv.slice(1));
    expect(header.slice(0, 5)).toEqual(["Rhif / No.", "Rheol fusnes (Cymraeg)", "Business rule (English)", "Maen prawf (Cymraeg)", "Criterion (English)"]);
    expect(body).toHaveLength(6);
    expect(body.every((row) => row.length === header.length)).toBe(true);
    const outcome = body[5];
    expect(outcome[0]).toBe("6");
    expect(body.flat().join("\n")).not.toContain("outcome.data-centre-energy-water");
    expect(outcome[6]).toBe(tenderCriteriaFixture.criteria[5].question.en);
    expect(outcome[6]).toContain('"location-based" greenhouse gas emissions');
    expect(outcome[5]).toContain("dŵr (litrau) ac allyriadau nwyon tŷ gwydr");
    expect(outcome[9].split("\n")).toHaveLength(2);
    expect(body.map((row) => Number(row[11]))).toEqual([25, 15, 15, 15, 10, 20]);
    // Criteria carrying 15% of the award: each weight as a share of the whole award too.
    expect(body.map((row) => row[12])).toEqual(["3.75", "2.25", "2.25", "2.25", "1.5", "3"]);
    expect(body.map((row) => row[13])).toEqual(["2", "", "", "", "1", ""]);
  });

  it("in English only has one column per field", () => {
    const [header, first] = parseCsv(tenderCriteriaCsv(inLanguages(tenderCriteriaFixture, ["en"])).slice(1));
    expect(header).toEqual(["No.", "Business rule", "Criterion", "Question", "Guidance", "Evidence asked for", "Weight (%)", "Share of the total award (%)", "Minimum score", "Scoring descriptors"]);
    expect(first[2]).toBe("Commitment to science-based net-zero targets");
  });
});

describe("results as CSV", () => {
  it("has one row per supplier: ranked, then excluded, then incomplete, with scores and reasons", () => {
    const [header, ...body] = parseCsv(resultsCsv(inLanguages(resultsFixture, ["en"])).slice(1));
    expect(header.slice(0, 8)).toEqual([
      "Status",
      "Rank",
      "Supplier",
      "Total (out of 100)",
      "Business rule 1: net zero (out of 40)",
      "Business rule 2: circular economy (out of 15)",
      "Business rule 3: transparency and accountability (out of 25)",
      "Outcome (out of 20)",
    ]);
    expect(header.slice(8, 14)).toEqual(resultsFixture.criteria.map((c) => `${c.title.en} (${c.weight}%)`));
    expect(header[8]).toBe("Commitment to science-based net-zero targets (25%)");
    expect(body.map((row) => [row[0], row[1], row[2], row[3], row[4]])).toEqual([
      ["Ranked", "1", "Cwmwl Glân Cyf.", "83.75", "36.25"],
      ["Ranked", "2", 'Severn Data Services Ltd, trading as "Severn Cloud"', "71.25", "30.00"],
      ["Ranked", "3", "Gwasanaethau Data Môn Cyf.", "56.25", "20.00"],
      ["Disregarded", "", "Blue Horizon Cloud plc", "", ""],
      ["Not yet fully assessed", "", "Dyfed Digital Ltd", "", ""],
    ]);
    expect(body[1].slice(8, 14)).toEqual(["3", "3", "2", "3", "3", "3"]);
    expect(body[3].slice(8, 14)).toEqual(["2", "3", "3", "2", "2", ""]);
    expect(body[3][14]).toBe("Does not meet the condition of participation: no Carbon Reduction Plan was provided.");
    for (const id of ["sup-cwmwl", "sup-horizon", "br1.2020.net-zero-commitment"]) expect(body.flat().join("\n")).not.toContain(id);
  });

  it("heads a criterion's column in both languages with its weight once", () => {
    const [header] = parseCsv(resultsCsv(resultsFixture).slice(1));
    expect(header).toContain("Ymrwymiad i dargedau sero net sy’n seiliedig ar wyddoniaeth / Commitment to science-based net-zero targets (25%)");
  });

  it("writes a supplier name that looks like a formula as text", () => {
    const hostile: ResultsExport = {
      ...resultsFixture,
      ranked: resultsFixture.ranked.map((s, i) => (i === 0 ? { ...s, supplierName: '=HYPERLINK("http://example.com","Click")' } : s)),
    };
    const rows = parseCsv(resultsCsv(hostile).slice(1));
    expect(rows[1][3]).toBe(`'=HYPERLINK("http://example.com","Click")`);
  });
});
