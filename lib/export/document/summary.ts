import { formatNumber, formatPercent } from "../format";
import { labels } from "../labels";
import type { AssessmentSummary, Bilingual, ResultsExport } from "../model";
import { leaderComparison, numbered, outOfHeading, position, titled } from "../sentences";
import { composer, type Block, type Cell, type Composer, type DocumentModel } from "./blocks";
import { procurementDetails } from "./details";
import { pageSetup } from "./page";
import { scaleTable } from "./tender-criteria";

/**
 * One supplier's assessment summary (Procurement Act 2023 s.50): its scores and the reasons, and the leading
 * tender's for comparison. It names no other supplier and shows no other supplier's scores.
 */
export function summarySection(c: Composer, data: ResultsExport, summary: AssessmentSummary, level: 1 | 2): Block[] {
  const first = c.languages[0];
  const blocks: Block[] = [c.plainHeading(level, summary.supplierName)];
  if (summary.rank !== null && summary.total !== null) {
    blocks.push(...c.text(position(summary.rank, summary.total)));
  } else {
    blocks.push(...c.text(labels.notRanked));
    const own = (list: ResultsExport["excluded"]) => list.find((s) => s.supplierId === summary.supplierId)?.reasons ?? [];
    const excluded = own(data.excluded);
    const incomplete = own(data.incomplete);
    if (excluded.length > 0) blocks.push(reasonsTable(c, labels.statusExcluded, excluded));
    if (incomplete.length > 0) blocks.push(reasonsTable(c, labels.statusIncomplete, incomplete));
  }
  blocks.push(...c.text(summary.rank === 1 ? labels.isLeader : leaderComparison(summary.leaderName, summary.leaderTotal, summary.total)));

  const max = data.scale.length > 0 ? Math.max(...data.scale.map((p) => p.value)) : null;
  const scoreHeading = (label: Bilingual): Bilingual => (max === null ? label : outOfHeading(label, max));
  const score = (value: number | null): Cell => (value === null ? c.cell(labels.notScored) : c.plain(formatNumber(value, first)));
  blocks.push({
    kind: "table",
    widths: [3.3, 1.5, 1.4, 1.6, 4.4],
    header: [c.cell(labels.criterion), c.cell(labels.weight), c.cell(scoreHeading(labels.score)), c.cell(scoreHeading(labels.leaderScore)), c.cell(labels.reasons)],
    rows: summary.perCriterion.map((row) => {
      const index = data.criteria.findIndex((criterion) => criterion.id === row.criterionId);
      const criterion = data.criteria[index];
      return [
        criterion ? c.cell(numbered(index + 1, criterion.title)) : c.plain(row.criterionId),
        criterion ? c.plain(formatPercent(criterion.weight, first)) : c.plain(""),
        score(row.score),
        score(row.leaderScore),
        row.reasons.length > 0 ? c.listCell(row.reasons, labels.none) : c.plain(""),
      ];
    }),
    numeric: [false, true, true, true, false],
  });
  return blocks;
}

export function reasonsTable(c: Composer, heading: Bilingual, reasons: Bilingual[]): Block {
  return { kind: "table", widths: [1, 3], header: null, rows: [[c.cell(heading, true), c.listCell(reasons, labels.none)]] };
}

/** The summary sent to one supplier. */
export function supplierSummaryDocument(data: ResultsExport, supplierId: string): DocumentModel {
  const summary = data.summaries.find((s) => s.supplierId === supplierId);
  if (!summary) throw new RangeError(`There is no assessment summary for supplier ${supplierId}.`);
  const { assessment } = data;
  const languages = assessment.languages;
  const c = composer(languages);
  const blocks: Block[] = [
    c.title([titled(labels.assessmentSummary, assessment.title)]),
    ...c.text(labels.section50),
    ...procurementDetails(c, assessment, data.generatedAt, { tender: false, extra: [[labels.supplier, c.plain(summary.supplierName)]] }),
    c.heading(1, labels.comparisonWithLeader),
    ...summarySection(c, data, summary, 2),
  ];
  if (data.scale.length > 0) blocks.push(c.heading(2, labels.scoringScale), scaleTable(c, data.scale));
  return {
    title: `${assessment.reference} ${languages.map((lang) => `${labels.assessmentSummary[lang]}: ${summary.supplierName}`).join(" / ")}`,
    subject: languages.map((lang) => labels.assessmentSummary[lang]).join(" / "),
    author: assessment.buyerName[languages[0]],
    languages,
    created: data.generatedAt,
    ...pageSetup(c, assessment, labels.assessmentSummary, blocks),
    blocks,
  };
}
