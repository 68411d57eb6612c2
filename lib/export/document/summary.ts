import { formatNumber, formatPercent } from "../format";
import { labels, ruleNames } from "../labels";
import type { AssessmentSummary, Bilingual, ResultsExport, RuleSubtotal, ScoreExplanation, TenderAssessment } from "../model";
import { numbered, outOfHeading, titled } from "../sentences";
import { criteriaDocumentText, formatTotal, fromSupplier, legalBasisText, methodText, standingText, summaryLabels } from "../summary-text";
import { composer, type Block, type Cell, type Composer, type DocumentModel } from "./blocks";
import { procurementDetails } from "./details";
import { pageSetup } from "./page";
import { scaleTable } from "./tender-criteria";

/**
 * One supplier's assessment summary (Procurement Act 2023 s.50; Procurement Regulations 2024 reg 31 / Procurement
 * (Wales) Regulations 2024 reg 32): its standing, its agreed score on each criterion explained in the evaluators'
 * words, sub-totals and total, and the automated pre-score's sentences as supporting evidence only. It names no
 * other supplier but the most advantageous tender's.
 */
export function summarySection(c: Composer, data: ResultsExport, summary: AssessmentSummary, level: 1 | 2, options: { withMostAdvantageous?: boolean } = {}): Block[] {
  const sub = (level + 1) as 2 | 3;
  const { name } = summary.supplier;
  const blocks: Block[] = [name.en === name.cy ? c.plainHeading(level, name.en) : c.heading(level, name)];
  blocks.push(...c.text(standingText(summary.standing, { rank: summary.rank, total: summary.total, leaderName: summary.mostAdvantageous?.supplierName ?? null, leaderTotal: summary.mostAdvantageous?.total ?? null, equalFirst: summary.equalFirst })));
  if (summary.standingReasons.length > 0) {
    const heading = summary.standing === "disregarded" ? summaryLabels.disregardedReasons : summaryLabels.notYetAssessedReasons;
    blocks.push({ kind: "table", widths: [1, 3], header: null, rows: [[c.cell(heading, true), c.listCell(summary.standingReasons, labels.none)]] });
  }
  blocks.push(c.heading(sub, summaryLabels.yourTender));
  blocks.push(...tenderBlocks(c, data, { supplierName: summary.supplier.name, total: summary.total, subtotals: summary.subtotals, criteria: summary.perCriterion }));
  const withEvidence = summary.perCriterion.filter((row) => row.reasons.length > 0);
  if (withEvidence.length > 0) {
    blocks.push(c.heading(sub, summaryLabels.preScoreHeading), ...c.text(summaryLabels.preScoreText), {
      kind: "table",
      widths: [2, 4],
      header: [c.cell(labels.criterion), c.cell(summaryLabels.preScoreSentences)],
      rows: withEvidence.map((row) => [criterionCell(c, data, row.criterionId), c.listCell(row.reasons, labels.none)]),
    });
  }
  if (options.withMostAdvantageous && summary.mostAdvantageous) {
    const heading = summary.standing === "most-advantageous" ? summaryLabels.equalTender : summaryLabels.mostAdvantageous;
    blocks.push(c.heading(sub, heading), ...c.text(fromSupplier(summary.mostAdvantageous.supplierName, summary.mostAdvantageous.total)));
    blocks.push(...tenderBlocks(c, data, summary.mostAdvantageous));
  }
  return blocks;
}

function criterionCell(c: Composer, data: ResultsExport, criterionId: string): Cell {
  const index = data.criteria.findIndex((criterion) => criterion.id === criterionId);
  return index >= 0 ? c.cell(numbered(index + 1, data.criteria[index].title)) : c.plain("");
}

function explanationCell(c: Composer, explanation: ScoreExplanation): Cell {
  if (explanation.kind === "consensus") return [...c.paragraphs(summaryLabels.consensus, { bold: true }), ...c.plain(explanation.rationale)];
  if (explanation.kind === "evaluators") return explanation.justifications.map((text) => ({ spans: [c.span(text)], bullet: explanation.justifications.length > 1 }));
  return c.cell(summaryLabels.noExplanation);
}

/** A tender's agreed scores with the evaluators' words, then its sub-totals by business rule and its total. */
function tenderBlocks(c: Composer, data: ResultsExport, tender: TenderAssessment): Block[] {
  const first = c.languages[0];
  const max = data.scale.length > 0 ? Math.max(...data.scale.map((p) => p.value)) : null;
  const scoreHeading: Bilingual = max === null ? labels.score : outOfHeading(labels.score, max);
  const blocks: Block[] = [
    {
      kind: "table",
      widths: [3, 1.2, 1.2, 5],
      header: [c.cell(labels.criterion), c.cell(labels.weight), c.cell(scoreHeading), c.cell(summaryLabels.why)],
      rows: tender.criteria.map((row) => {
        const weight = data.criteria.find((criterion) => criterion.id === row.criterionId)?.weight;
        return [
          criterionCell(c, data, row.criterionId),
          c.plain(weight === undefined ? "" : formatPercent(weight, first)),
          row.score === null ? c.cell(labels.notScored) : c.plain(formatNumber(row.score, first)),
          explanationCell(c, row.explanation),
        ];
      }),
      numeric: [false, true, true, false],
    },
  ];
  if (tender.subtotals.length > 0 || tender.total !== null) blocks.push(subtotalsTable(c, tender.subtotals, tender.total));
  return blocks;
}

function subtotalsTable(c: Composer, subtotals: RuleSubtotal[], total: number | null): Block {
  const first = c.languages[0];
  return {
    kind: "table",
    widths: [4, 1.5, 1.5],
    header: [c.cell(summaryLabels.subtotals), c.cell(summaryLabels.points), c.cell(summaryLabels.outOf)],
    rows: [
      ...subtotals.map((subtotal) => [c.cell(ruleNames[subtotal.rule]), c.plain(formatTotal(subtotal.points, first)), c.plain(formatNumber(subtotal.weight, first))]),
      ...(total === null ? [] : [[c.cell(labels.total, true), c.plain(formatTotal(total, first), true), c.plain(formatNumber(100, first), true)]]),
    ],
    numeric: [false, true, true],
  };
}

/** The summary given to one supplier: its own assessment and, unless it is the most advantageous, that tender's. */
export function supplierSummaryDocument(data: ResultsExport, supplierId: string): DocumentModel {
  const summary = data.summaries.find((s) => s.supplierId === supplierId);
  if (!summary) throw new RangeError(`There is no assessment summary for supplier ${supplierId}.`);
  const { assessment } = data;
  const languages = assessment.languages;
  const c = composer(languages);
  const first = languages[0];
  const extra: [Bilingual, Cell][] = [[labels.supplier, c.cell(summary.supplier.name)]];
  if (summary.supplier.identifier) extra.push([summaryLabels.identifier, c.plain(summary.supplier.identifier)]);
  if (summary.supplier.tenderReference) extra.push([summaryLabels.tenderReference, c.plain(summary.supplier.tenderReference)]);
  if (summary.supplier.contact) extra.push([summaryLabels.contact, c.plain(summary.supplier.contact)]);
  const blocks: Block[] = [
    c.title([titled(labels.assessmentSummary, assessment.title)]),
    ...c.text(legalBasisText(summary.legalBasis)),
    ...procurementDetails(c, assessment, data.generatedAt, { tender: false, extra }),
    c.heading(1, summaryLabels.howAssessed),
    ...c.text(methodText(summary.method.evaluators, summary.method.divergenceThreshold)),
    ...c.text(criteriaDocumentText(assessment.reference)),
    {
      kind: "table",
      widths: [4, 3, 1.2],
      header: [c.cell(labels.criterion), c.cell(labels.businessRule), c.cell(labels.weight)],
      rows: data.criteria.map((criterion, index) => [c.cell(numbered(index + 1, criterion.title)), c.cell(ruleNames[criterion.rule]), c.plain(formatPercent(criterion.weight, first))]),
      numeric: [false, false, true],
    },
  ];
  if (data.scale.length > 0) blocks.push(c.heading(2, labels.scoringScale), scaleTable(c, data.scale));
  blocks.push(c.heading(1, summaryLabels.outcome), ...summarySection(c, data, summary, 2, { withMostAdvantageous: true }));
  return {
    title: `${assessment.reference} ${languages.map((lang) => `${labels.assessmentSummary[lang]}: ${summary.supplier.name[lang]}`).join(" / ")}`,
    subject: languages.map((lang) => labels.assessmentSummary[lang]).join(" / "),
    author: assessment.buyerName[languages[0]],
    languages,
    created: data.generatedAt,
    ...pageSetup(c, assessment, labels.assessmentSummary, blocks),
    blocks,
  };
}
