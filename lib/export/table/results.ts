import { labels, ruleNames, rulesInUse, sheetLabels } from "../labels";
import type { AssessmentSummary, Bilingual, Language, RankedSupplier, ResultsExport, SupplierWithReasons } from "../model";
import { ruleSubtotalHeading } from "../sentences";
import { explanationText, summaryLabels } from "../summary-text";
import { column, languageColumns, sheetName, type Column, type Table } from "./columns";

/** The results as tables: ranking, scores by criterion, exclusions, and the assessment summaries. */

const reasonsText = (reasons: Bilingual[], lang: Language) => reasons.map((r) => r[lang]).join("\n");

function ruleColumns<Row>(data: ResultsExport, value: (row: Row, rule: keyof typeof ruleNames) => number | null): Column<Row>[] {
  const l = data.assessment.languages;
  return rulesInUse(data.criteria).map((r) => column<Row>(ruleSubtotalHeading(ruleNames[r.rule], r.weight), l, 18, "points", (row) => value(row, r.rule)));
}

type CriterionRow = ResultsExport["criteria"][number];

/** "Ymrwymiad i dargedau sero net… / Commitment to science-based net-zero targets (17%)": a criterion by its title and weight. */
export function criterionHeading(criterion: CriterionRow, languages: readonly Language[]): string {
  const titles = [...new Set(languages.map((lang) => criterion.title[lang]))];
  return `${titles.join(" / ")} (${criterion.weight}%)`;
}

/** A column of agreed scores on one criterion, headed by its title and weight. */
function criterionColumns<Row>(data: ResultsExport, scores: (row: Row) => Record<string, number | null>): Column<Row>[] {
  const l = data.assessment.languages;
  return data.criteria.map((criterion) => ({
    header: criterionHeading(criterion, l),
    width: Math.min(30, Math.max(14, Math.ceil(criterionHeading(criterion, l).length / 3))),
    kind: "number" as const,
    value: (row: Row) => scores(row)[criterion.id] ?? null,
  }));
}

export function rankingTable(data: ResultsExport): Table<RankedSupplier> {
  const l = data.assessment.languages;
  return {
    name: sheetName(sheetLabels.ranking, l),
    rows: [...data.ranked].sort((a, b) => a.rank - b.rank),
    columns: [
      column(labels.rank, l, 8, "number", (s) => s.rank),
      column(labels.supplier, l, 36, "text", (s) => s.supplierName),
      column(labels.totalOutOf100, l, 14, "points", (s) => s.total),
      ...ruleColumns<RankedSupplier>(data, (s, rule) => s.perRule[rule] ?? 0),
    ],
  };
}

/** Ranked tenders down, criteria across, agreed scores in the cells: as long as there are tenders, as wide as there are criteria. */
export function scoresTable(data: ResultsExport): Table<RankedSupplier> {
  const l = data.assessment.languages;
  return {
    name: sheetName(sheetLabels.scores, l),
    rows: [...data.ranked].sort((a, b) => a.rank - b.rank),
    columns: [
      column(labels.rank, l, 8, "number", (s) => s.rank),
      column(labels.supplier, l, 36, "text", (s) => s.supplierName),
      ...criterionColumns<RankedSupplier>(data, (s) => s.scores),
    ],
  };
}

export function reasonsTable(data: ResultsExport, label: Bilingual, list: SupplierWithReasons[]): Table<SupplierWithReasons> {
  const l = data.assessment.languages;
  return {
    name: sheetName(label, l),
    rows: list,
    columns: [
      column(labels.supplier, l, 36, "text", (s) => s.supplierName),
      ...languageColumns<SupplierWithReasons>(labels.reasons, l, 70, (s, lang) => reasonsText(s.reasons, lang)),
    ],
  };
}

type SummaryRow = { summary: AssessmentSummary; row: AssessmentSummary["perCriterion"][number]; title: Bilingual | null; number: number | null };

/** One row per supplier and criterion: its score, the leading tender's, and the reasons. */
export function summariesTable(data: ResultsExport): Table<SummaryRow> {
  const l = data.assessment.languages;
  const titles = new Map(data.criteria.map((c, index) => [c.id, { title: c.title, number: index + 1 }]));
  return {
    name: sheetName(sheetLabels.summaries, l),
    rows: data.summaries.flatMap((summary) => summary.perCriterion.map((row) => ({ summary, row, title: titles.get(row.criterionId)?.title ?? null, number: titles.get(row.criterionId)?.number ?? null }))),
    columns: [
      column(labels.supplier, l, 30, "text", (r) => r.summary.supplierName),
      column(labels.rank, l, 8, "number", (r) => r.summary.rank),
      column(labels.totalOutOf100, l, 14, "points", (r) => r.summary.total),
      column(labels.number, l, 7, "number", (r) => r.number),
      ...languageColumns<SummaryRow>(labels.criterion, l, 36, (r, lang) => r.title?.[lang] ?? ""),
      column(labels.score, l, 10, "number", (r) => r.row.score),
      column(labels.leaderScore, l, 14, "number", (r) => r.row.leaderScore),
      column(summaryLabels.why, l, 60, "text", (r) => explanationText(r.row.explanation, l[0])),
      ...languageColumns<SummaryRow>(summaryLabels.preScoreSentences, l, 60, (r, lang) => reasonsText(r.row.reasons, lang)),
    ],
  };
}

type SupplierRow = {
  status: Bilingual;
  supplierId: string;
  supplierName: string;
  ranked: RankedSupplier | null;
  scores: Record<string, number | null>;
  reasons: Bilingual[];
};

/** Every supplier on one row, ranked first, then excluded, then not yet fully assessed: the results CSV. */
export function suppliersTable(data: ResultsExport): Table<SupplierRow> {
  const l = data.assessment.languages;
  const summaryScores = (supplierId: string) =>
    Object.fromEntries((data.summaries.find((s) => s.supplierId === supplierId)?.perCriterion ?? []).map((r) => [r.criterionId, r.score]));
  const others = (list: SupplierWithReasons[], status: Bilingual): SupplierRow[] =>
    list.map((s) => ({ status, supplierId: s.supplierId, supplierName: s.supplierName, ranked: null, scores: summaryScores(s.supplierId), reasons: s.reasons }));
  return {
    name: sheetName(labels.results, l),
    rows: [
      ...rankingTable(data).rows.map((s) => ({ status: labels.statusRanked, supplierId: s.supplierId, supplierName: s.supplierName, ranked: s, scores: s.scores, reasons: [] })),
      ...others(data.excluded, labels.statusExcluded),
      ...others(data.incomplete, labels.statusIncomplete),
    ],
    columns: [
      ...languageColumns<SupplierRow>(labels.status, l, 16, (s, lang) => s.status[lang]),
      column(labels.rank, l, 8, "number", (s) => s.ranked?.rank ?? null),
      column(labels.supplier, l, 36, "text", (s) => s.supplierName),
      column(labels.totalOutOf100, l, 14, "points", (s) => s.ranked?.total ?? null),
      ...ruleColumns<SupplierRow>(data, (s, rule) => (s.ranked ? (s.ranked.perRule[rule] ?? 0) : null)),
      ...criterionColumns<SupplierRow>(data, (s) => s.scores),
      ...languageColumns<SupplierRow>(labels.reasons, l, 60, (s, lang) => reasonsText(s.reasons, lang)),
    ],
  };
}
