import { formatNumber, formatPercent } from "../format";
import { labels, ruleNames, rulesInUse } from "../labels";
import type { ResultsExport } from "../model";
import { numbered, ruleSubtotalHeading, titled } from "../sentences";
import { composer, type Block, type Cell, type DocumentModel } from "./blocks";
import { procurementDetails } from "./details";
import { summarySection } from "./summary";
import { scaleTable } from "./tender-criteria";

/** The whole evaluation for the buyer: ranking, scores, exclusions and every supplier's summary. */
export function resultsDocument(data: ResultsExport): DocumentModel {
  const { assessment } = data;
  const languages = assessment.languages;
  const c = composer(languages);
  const first = languages[0];
  const number = (value: number | null | undefined): Cell =>
    value === null || value === undefined ? c.cell(labels.notScored) : c.plain(formatNumber(value, first));
  const rules = rulesInUse(data.criteria);
  const ranked = [...data.ranked].sort((a, b) => a.rank - b.rank);

  const blocks: Block[] = [
    c.title([titled(labels.results, assessment.title)]),
    ...procurementDetails(c, assessment, data.generatedAt, { tender: false }),
    c.heading(1, labels.ranking),
  ];
  if (ranked.length === 0) {
    blocks.push(...c.text(labels.noRanked));
  } else {
    blocks.push(
      {
        kind: "table",
        widths: [1, 3, 1.6, ...rules.map(() => 1.6)],
        header: [
          c.cell(labels.rank),
          c.cell(labels.supplier),
          c.cell(labels.totalOutOf100),
          ...rules.map((r) => c.cell(ruleSubtotalHeading(ruleNames[r.rule], r.weight))),
        ],
        rows: ranked.map((s) => [c.plain(String(s.rank)), c.plain(s.supplierName), number(s.total), ...rules.map((r) => number(s.perRule[r.rule] ?? 0))]),
        numeric: [true, false, true, ...rules.map(() => true)],
      },
      c.heading(1, labels.scoresByCriterion),
      ...c.text(labels.scoresText),
      {
        kind: "table",
        widths: [4, 1.2, ...ranked.map(() => 1.6)],
        header: [c.cell(labels.criterion), c.cell(labels.weight), ...ranked.map((s) => c.plain(s.supplierName, true))],
        rows: data.criteria.map((criterion, index) => [
          c.cell(numbered(index + 1, criterion.title)),
          c.plain(formatPercent(criterion.weight, first)),
          ...ranked.map((s) => number(s.scores[criterion.id] ?? null)),
        ]),
        numeric: [false, true, ...ranked.map(() => true)],
      },
    );
    if (data.scale.length > 0) blocks.push(c.heading(2, labels.scoringScale), scaleTable(c, data.scale));
  }

  const withReasons = (list: ResultsExport["excluded"]): Block => ({
    kind: "table",
    widths: [1, 2],
    header: [c.cell(labels.supplier), c.cell(labels.reasons)],
    rows: list.map((s) => [c.plain(s.supplierName), c.listCell(s.reasons, labels.none)]),
  });
  blocks.push(c.heading(1, labels.excludedSuppliers));
  blocks.push(...(data.excluded.length === 0 ? c.text(labels.noneExcluded) : [...c.text(labels.excludedText), withReasons(data.excluded)]));
  blocks.push(c.heading(1, labels.incompleteSuppliers));
  blocks.push(...(data.incomplete.length === 0 ? c.text(labels.noneIncomplete) : [...c.text(labels.incompleteText), withReasons(data.incomplete)]));

  if (data.summaries.length > 0) {
    blocks.push(c.heading(1, labels.assessmentSummaries), ...c.text(labels.summariesText));
    const order = (rank: number | null) => (rank === null ? Number.MAX_SAFE_INTEGER : rank);
    for (const summary of [...data.summaries].sort((a, b) => order(a.rank) - order(b.rank))) {
      blocks.push(...summarySection(c, data, summary, 2));
    }
  }

  return {
    title: `${assessment.reference} ${languages.map((lang) => `${labels.results[lang]}: ${assessment.title[lang]}`).join(" / ")}`,
    subject: languages.map((lang) => labels.results[lang]).join(" / "),
    author: assessment.buyerName[languages[0]],
    languages,
    created: data.generatedAt,
    orientation: "landscape",
    blocks,
  };
}
