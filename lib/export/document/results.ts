import { formatNumber, formatPercent, formatPoints } from "../format";
import { labels, ruleNames, ruleShortNames, rulesInUse } from "../labels";
import type { RankedSupplier, ResultsExport } from "../model";
import { criteriaRange, ruleSubtotalHeading, titled } from "../sentences";
import { composer, type Block, type Cell, type Composer, type DocumentModel } from "./blocks";
import { procurementDetails } from "./details";
import { pageSetup } from "./page";
import { summarySection } from "./summary";
import { scaleTable } from "./tender-criteria";

/** The whole evaluation for the buyer: ranking, scores, exclusions and every supplier's summary. */
export function resultsDocument(data: ResultsExport): DocumentModel {
  const { assessment } = data;
  const languages = assessment.languages;
  const c = composer(languages);
  const first = languages[0];
  const score = (value: number | null | undefined): Cell =>
    value === null || value === undefined ? c.cell(labels.notScored) : c.plain(formatNumber(value, first));
  const points = (value: number): Cell => c.plain(formatPoints(value, first));
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
        widths: [0.9, 4, 1.6, ...rules.map(() => 1.6)],
        header: [
          c.cell(labels.rank),
          c.cell(labels.supplier),
          c.cell(labels.totalOutOf100),
          ...rules.map((r) => c.cell(ruleSubtotalHeading(ruleShortNames[r.rule], r.weight))),
        ],
        rows: ranked.map((s) => [c.plain(String(s.rank)), c.plain(s.supplierName), points(s.total), ...rules.map((r) => points(s.perRule[r.rule] ?? 0))]),
        numeric: [true, false, true, ...rules.map(() => true)],
      },
      c.heading(1, labels.criteriaAndWeights),
      criteriaTable(c, data),
      c.heading(1, labels.scoresByCriterion),
      ...c.text(labels.scoresText),
      ...scoreTables(c, data, ranked, score),
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
    ...pageSetup(c, assessment, labels.results, blocks),
    blocks,
  };
}

/** The criteria with their number, business rule and weight: the key to the numbered columns of the scores. */
function criteriaTable(c: Composer, data: ResultsExport): Block {
  const first = c.languages[0];
  return {
    kind: "table",
    widths: [0.7, 6, 3, 1.3],
    header: [c.cell(labels.number), c.cell(labels.criterion), c.cell(labels.businessRule), c.cell(labels.weight)],
    rows: data.criteria.map((criterion, index) => [
      c.plain(String(index + 1)),
      c.cell(criterion.title),
      c.cell(ruleNames[criterion.rule]),
      c.plain(formatPercent(criterion.weight, first)),
    ]),
    numeric: [true, false, false, true],
  };
}

/** Criteria a score table has at most across a portrait page, beside the rank and the supplier's name. */
const CRITERIA_PER_TABLE = 8;

/**
 * One row per ranked tender and one column per criterion, so the table grows down the pages however many
 * tenders there are. More criteria than fit across the page are shown in several tables, each headed by its range.
 */
function scoreTables(c: Composer, data: ResultsExport, ranked: RankedSupplier[], score: (value: number | null | undefined) => Cell): Block[] {
  const first = c.languages[0];
  const numbered = data.criteria.map((criterion, index) => ({ criterion, number: index + 1 }));
  const parts = Math.ceil(numbered.length / CRITERIA_PER_TABLE);
  const size = Math.ceil(numbered.length / Math.max(1, parts));
  const blocks: Block[] = [];
  for (let start = 0; start < numbered.length; start += size) {
    const group = numbered.slice(start, start + size);
    if (parts > 1) blocks.push(c.heading(3, criteriaRange(group[0].number, group[group.length - 1].number)));
    blocks.push({
      kind: "table",
      widths: [0.9, 4, ...group.map(() => 1.1)],
      header: [
        c.cell(labels.rank),
        c.cell(labels.supplier),
        ...group.map(({ criterion, number }) => [...c.plain(String(number), true), ...c.plain(formatPercent(criterion.weight, first), true)]),
      ],
      rows: ranked.map((s) => [c.plain(String(s.rank)), c.plain(s.supplierName), ...group.map(({ criterion }) => score(s.scores[criterion.id]))]),
      numeric: [true, false, ...group.map(() => true)],
    });
  }
  return blocks;
}
