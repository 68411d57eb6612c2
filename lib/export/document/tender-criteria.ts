import { formatNumber, formatPercent } from "../format";
import { gateKinds, labels, ruleNames } from "../labels";
import type { ScalePoint, TenderCriteriaExport } from "../model";
import { numbered, titled } from "../sentences";
import { composer, type Block, type Composer, type DocumentModel } from "./blocks";
import { procurementDetails } from "./details";
import { pageSetup } from "./page";

/** The tender criteria as the buyer publishes them: questions, weights, scale, evidence and pass or fail conditions. */
export function tenderCriteriaDocument(data: TenderCriteriaExport): DocumentModel {
  const { assessment } = data;
  const languages = assessment.languages;
  const c = composer(languages);
  const first = languages[0];
  const blocks: Block[] = [
    c.title([titled(labels.tenderCriteria, assessment.title)]),
    ...procurementDetails(c, assessment, data.generatedAt, { tender: true }),
    ...c.text(assessment.description),
    c.heading(1, labels.howScored),
    ...c.text(labels.howScoredText),
    c.heading(2, labels.scoringScale),
    scaleTable(c, data.scale),
    c.heading(1, labels.criteriaAndWeights),
    {
      kind: "table",
      widths: [3, 5, 1.4, 1.4],
      header: [c.cell(labels.businessRule), c.cell(labels.criterion), c.cell(labels.weight), c.cell(labels.minimumScore)],
      rows: [
        ...data.criteria.map((criterion, index) => [
          c.cell(ruleNames[criterion.rule]),
          c.cell(numbered(index + 1, criterion.title)),
          c.plain(formatPercent(criterion.weight, first)),
          criterion.minimumScore === undefined ? c.cell(labels.none) : c.plain(formatNumber(criterion.minimumScore, first)),
        ]),
        [c.cell(labels.total, true), c.plain(""), c.plain(formatPercent(sum(data.criteria.map((x) => x.weight)), first), true), c.plain("")],
      ],
      numeric: [false, false, true, true],
    },
    c.heading(1, labels.criteria),
  ];

  data.criteria.forEach((criterion, index) => {
    blocks.push(
      c.heading(2, criterion.title, `${index + 1}. `),
      c.details([
        [labels.businessRule, c.cell(ruleNames[criterion.rule])],
        [labels.weight, c.plain(formatPercent(criterion.weight, first))],
        [labels.minimumScore, criterion.minimumScore === undefined ? c.cell(labels.none) : c.plain(formatNumber(criterion.minimumScore, first))],
        [labels.question, c.cell(criterion.question)],
        [labels.guidance, c.cell(criterion.guidance)],
        [labels.evidence, c.listCell(criterion.evidence, labels.none)],
      ]),
      c.heading(3, labels.descriptors),
      scaleTable(c, criterion.descriptors.length > 0 ? criterion.descriptors : data.scale),
    );
  });

  blocks.push(c.heading(1, labels.passFailConditions));
  if (data.gates.length === 0) {
    blocks.push(...c.text(labels.noGates));
  } else {
    blocks.push(...c.text(labels.gatesText), {
      kind: "table",
      widths: [0.6, 2, 5],
      header: [c.cell(labels.number), c.cell(labels.type), c.cell(labels.question)],
      rows: data.gates.map((gate, index) => [c.plain(String(index + 1)), c.cell(gateKinds[gate.kind]), c.cell(gate.question)]),
      numeric: [true, false, false],
    });
  }

  return {
    title: `${assessment.reference} ${languages.map((lang) => `${labels.tenderCriteria[lang]}: ${assessment.title[lang]}`).join(" / ")}`,
    subject: languages.map((lang) => labels.tenderCriteria[lang]).join(" / "),
    author: assessment.buyerName[languages[0]],
    languages,
    created: data.generatedAt,
    ...pageSetup(c, assessment, labels.tenderCriteria, blocks),
    blocks,
  };
}

export function scaleTable(c: Composer, scale: ScalePoint[]): Block {
  return {
    kind: "table",
    widths: [1, 6],
    header: [c.cell(labels.score), c.cell(labels.scoreMeaning)],
    rows: scale.map((point) => [c.plain(formatNumber(point.value, c.languages[0])), c.cell(point.descriptor)]),
    numeric: [true, false],
  };
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
