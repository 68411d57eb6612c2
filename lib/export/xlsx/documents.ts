import { labels, sheetLabels } from "../labels";
import { withCriterionTitles } from "../readable-reasons";
import type { ResultsExport, TenderCriteriaExport } from "../model";
import { toSheet } from "../table/columns";
import { rankingTable, reasonsTable, scoresTable, summariesTable } from "../table/results";
import { criteriaTable, detailsTable, gatesTable, scaleTable } from "../table/tender-criteria";
import { writeWorkbook, type WorkbookMeta } from "./workbook";

/** Spreadsheets of the tender criteria and of the results. */

function meta(data: TenderCriteriaExport | ResultsExport, label: { en: string; cy: string }): WorkbookMeta {
  const { assessment } = data;
  const languages = assessment.languages;
  return {
    title: `${assessment.reference} ${languages.map((lang) => `${label[lang]}: ${assessment.title[lang]}`).join(" / ")}`,
    subject: languages.map((lang) => label[lang]).join(" / "),
    author: assessment.buyerName[languages[0]],
    created: data.generatedAt,
    language: languages[0],
    runningHeader: `${assessment.reference} · ${[...new Set(languages.map((lang) => assessment.title[lang]))].join(" / ")} · ${languages.map((lang) => label[lang]).join(" / ")}`,
    pageFooter: languages.map((lang) => (lang === "cy" ? "Tudalen &P o &N" : "Page &P of &N")).join(" / "),
  };
}

/** Sheets: criteria (one row each), scoring scale, pass or fail conditions, details of the procurement. */
export function tenderCriteriaXlsx(data: TenderCriteriaExport): Promise<Uint8Array> {
  return writeWorkbook(meta(data, labels.tenderCriteria), [
    toSheet(criteriaTable(data)),
    toSheet(scaleTable(data)),
    toSheet(gatesTable(data)),
    toSheet(detailsTable(data, true)),
  ]);
}

/** Sheets: ranking, scores by criterion, excluded, not yet fully assessed, assessment summaries, scale, details. */
export function resultsXlsx(results: ResultsExport): Promise<Uint8Array> {
  const data = withCriterionTitles(results);
  return writeWorkbook(meta(data, labels.results), [
    toSheet(rankingTable(data)),
    toSheet(scoresTable(data)),
    toSheet(reasonsTable(data, sheetLabels.excluded, data.excluded)),
    toSheet(reasonsTable(data, sheetLabels.incomplete, data.incomplete)),
    toSheet(summariesTable(data)),
    toSheet(scaleTable(data)),
    toSheet(detailsTable(data, false)),
  ]);
}
