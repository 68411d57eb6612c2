import { labels, ruleNames, rulesInUse, sheetLabels } from "../labels";
import type { AssessmentSummary, Bilingual, Language, RankedSupplier, ResultsExport, SupplierWithReasons } from "../model";
import { ruleSubtotalHeading } from "../sentences";
import { explanationText, summaryLabels } from "../summary-text";
import { column, languageColumns, sheetName, type Column, type Table } from "./columns";

/** The results as tables: ranking, scores by criterion, exclusions, and the assessment summaries. */

const reasonsText = (reasons: Bilingual[], lang: Language) => reasons.map((r) => r[lang]).join("\n");

function ruleColumns<Row>(data: ResultsExport, value: (row: Row, rule: keyof typeof ruleNames) => number | null): Column<Row>[] {
  const l = data.assessment.languages;
  return rulesInUse(data.criteria).map((r) => column<Row>(ruleSubtotalHeading(ruleNames[r.rule], r.weight), l, 16, "number", (row) => value(row, r.rule)));
}

export function rankingTable(data: ResultsExport): Table<RankedSupplier> {
  const l = data.assessment.languages;
  return {
    name: sheetName(sheetLabels.ranking, l),
    rows: [...data.ranked].sort((a, b) => a.rank - b.rank),
    columns: [
      column(labels.rank, l, 8, "number", (s) => s.rank),
      column(labels.supplier, l, 36, "text", (s) => s.supplierName),
      column(labels.id, l, 16, "text", (s) => s.supplierId),
      column(labels.totalOutOf100, l, 14, "number", (s) => s.total),
      ...ruleColumns<RankedSupplier>(data, (s, rule) => s.perRule[rule] ?? 0),
    ],
  };
}

type CriterionRow = ResultsExport["criteria"][number];

/** Criteria down, ranked suppliers across, agreed scores in the cells. */
export function scoresTable(data: ResultsExport): Table<CriterionRow> {
  const l = data.assessment.languages;
  const ranked = [...data.ranked].sort((a, b) => a.rank - b.rank);
  return {
    name: sheetName(sheetLabels.scores, l),
    rows: data.criteria,
    columns: [
      column(labels.id, l, 30, "text", (c) => c.id),
      ...languageColumns<CriterionRow>(labels.criterion, l, 40, (c, lang) => c.title[lang]),
      column(labels.weightPercent, l, 12, "number", (c) => c.weight),
      ...ranked.map((s) => ({ header: s.supplierName, width: 18, kind: "number" as const, value: (c: CriterionRow) => s.scores[c.id] ?? null })),
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
      column(labels.id, l, 16, "text", (s) => s.supplierId),
      ...languageColumns<SupplierWithReasons>(labels.reasons, l, 70, (s, lang) => reasonsText(s.reasons, lang)),
    ],
  };
}

type SummaryRow = { summary: AssessmentSummary; row: AssessmentSummary["perCriterion"][number]; title: Bilingual | null };

/** One row per supplier and criterion: its score, the leading tender's, and the reasons. */
export function summariesTable(data: ResultsExport): Table<SummaryRow> {
  const l = data.assessment.languages;
  const titles = new Map(data.criteria.map((c) => [c.id, c.title]));
  return {
    name: sheetName(sheetLabels.summaries, l),
    rows: data.summaries.flatMap((summary) => summary.perCriterion.map((row) => ({ summary, row, title: titles.get(row.criterionId) ?? null }))),
    columns: [
      column(labels.supplier, l, 30, "text", (r) => r.summary.supplierName),
      column(labels.rank, l, 8, "number", (r) => r.summary.rank),
      column(labels.totalOutOf100, l, 14, "number", (r) => r.summary.total),
      column(labels.id, l, 30, "text", (r) => r.row.criterionId),
      ...languageColumns<SummaryRow>(labels.criterion, l, 36, (r, lang) => r.title?.[lang] ?? r.row.criterionId),
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
      column(labels.id, l, 16, "text", (s) => s.supplierId),
      column(labels.totalOutOf100, l, 14, "number", (s) => s.ranked?.total ?? null),
      ...ruleColumns<SupplierRow>(data, (s, rule) => (s.ranked ? (s.ranked.perRule[rule] ?? 0) : null)),
      ...data.criteria.map((c) => ({ header: c.id, width: 14, kind: "number" as const, value: (s: SupplierRow) => s.scores[c.id] ?? null })),
      ...languageColumns<SupplierRow>(labels.reasons, l, 60, (s, lang) => reasonsText(s.reasons, lang)),
    ],
  };
}
