import { describe, expect, it } from "vitest";
import { organisationReportCsv, organisationReportDocument, organisationReportSheets, organisationReportTitle } from "./organisation-report";
import { organisationReportFixture } from "./organisation-report-fixture";

describe("the organisation report's files", () => {
  const report = organisationReportFixture();

  it("CSV: one figure a row, Welsh first for a Welsh body, the total 109.5 t of which 72.9 t estimated, and a supplier's formula neutralised", () => {
    const csv = organisationReportCsv(report, ["cy", "en"]);
    const lines = csv.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe("Blwyddyn adrodd / Reporting year,Mesur / Measure,Cyflenwr / Supplier,Gwerth / Value,Uned / Unit");
    expect(lines).toContain("2025–26,\"Ôl troed TGCh, cyfanswm / ICT footprint, total\",,109.5,tCO2e");
    expect(lines).toContain("2025–26,\"Ôl troed TGCh, wedi’i amcangyfrif / ICT footprint, estimated\",,72.9,tCO2e");
    expect(lines).toContain("2024–25,\"Ôl troed TGCh, cyfanswm / ICT footprint, total\",,36.4,tCO2e");
    expect(lines.some((line) => line.includes("Dyfeisiau a gyflenwyd wedi’u hadnewyddu") && line.includes(",,25,%"))).toBe(true);
    expect(lines).toContain("2025–26,\"Ôl troed TGCh, wedi’i amcangyfrif / ICT footprint, estimated\",'=Dyfais Cyf,36.5,tCO2e");
    expect(csv).not.toMatch(/,=Dyfais/);
  });

  it("spreadsheet: a summary, the trend by year and the contracts, numbers kept as numbers", () => {
    const [summary, trend, contracts] = organisationReportSheets(report, ["en", "cy"]);
    expect(summary.rows[0]).toEqual(["ICT footprint, total / Ôl troed TGCh, cyfanswm", 109.5, "tCO2e"]);
    expect(trend.rows).toEqual([["2024–25", 36.4, 0, 36.4], ["2025–26", 36.6, 72.9, 109.5]]);
    expect(contracts.rows).toEqual([["Greenbyte Hosting Ltd", 36.6, 36.4], ["=Dyfais Cyf", 0, 36.5]]);
  });

  it("document: titled with the body and the year in both languages, with the three tables", () => {
    const document = organisationReportDocument(report, ["cy", "en"], "2026-12-01T10:00:00Z");
    expect(document.title).toBe("Cyngor Sir Caerwen: Adroddiad TGCh cynaliadwy 2025–26");
    expect(document.blocks.filter((block) => block.kind === "table")).toHaveLength(3);
    expect(document.languages).toEqual(["cy", "en"]);
    expect(organisationReportTitle(report, ["cy", "en"])).toBe("Cyngor Sir Caerwen: Adroddiad TGCh cynaliadwy / Sustainable ICT report 2025–26");
  });
});
