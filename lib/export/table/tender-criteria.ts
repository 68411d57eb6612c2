import { formatDateTime, formatMoney, perLanguage } from "../format";
import { gateKinds, labels, nationNames, ruleNames } from "../labels";
import type { Bilingual, ExportCriterion, ExportGate, Language, ScalePoint, TenderCriteriaExport } from "../model";
import { awardShareNote, frameworkText } from "../sentences";
import { column, languageColumns, sheetName, type Table } from "./columns";

/** The tender criteria as tables: one row per criterion, then the scale, the pass or fail conditions and the details. */

export function descriptorsText(points: ScalePoint[], lang: Language): string {
  return points.map((p) => `${p.value}: ${p.descriptor[lang]}`).join("\n");
}

export function criteriaTable(data: TenderCriteriaExport): Table<ExportCriterion> {
  const l = data.assessment.languages;
  const share = data.assessment.awardShare;
  return {
    name: sheetName(labels.criteria, l),
    rows: data.criteria,
    columns: [
      column(labels.number, l, 7, "number", (c) => data.criteria.indexOf(c) + 1),
      ...languageColumns<ExportCriterion>(labels.businessRule, l, 24, (c, lang) => ruleNames[c.rule][lang]),
      ...languageColumns<ExportCriterion>(labels.criterion, l, 36, (c, lang) => c.title[lang]),
      ...languageColumns<ExportCriterion>(labels.question, l, 60, (c, lang) => c.question[lang]),
      ...languageColumns<ExportCriterion>(labels.guidance, l, 50, (c, lang) => c.guidance[lang]),
      ...languageColumns<ExportCriterion>(labels.evidence, l, 44, (c, lang) => c.evidence.map((e) => e[lang]).join("\n")),
      column(labels.weightPercent, l, 12, "number", (c) => c.weight),
      // Beside price and other criteria: a weight of 20% of criteria carrying 15% of the award is 3% of the award.
      ...(typeof share === "number" ? [column(labels.awardSharePercent, l, 14, "number", (c: ExportCriterion) => (c.weight * share) / 100)] : []),
      column(labels.minimumScore, l, 12, "number", (c) => c.minimumScore ?? null),
      ...languageColumns<ExportCriterion>(labels.descriptors, l, 60, (c, lang) =>
        descriptorsText(c.descriptors.length > 0 ? c.descriptors : data.scale, lang),
      ),
    ],
  };
}

export function scaleTable(data: { assessment: { languages: Language[] }; scale: ScalePoint[] }): Table<ScalePoint> {
  const l = data.assessment.languages;
  return {
    name: sheetName(labels.scoringScale, l),
    rows: data.scale,
    columns: [column(labels.score, l, 10, "number", (p) => p.value), ...languageColumns<ScalePoint>(labels.scoreMeaning, l, 70, (p, lang) => p.descriptor[lang])],
  };
}

export function gatesTable(data: TenderCriteriaExport): Table<ExportGate> {
  const l = data.assessment.languages;
  return {
    name: sheetName(gateKinds["pass-fail"], l),
    rows: data.gates,
    columns: [
      column(labels.number, l, 7, "number", (g) => data.gates.indexOf(g) + 1),
      ...languageColumns<ExportGate>(labels.type, l, 24, (g, lang) => gateKinds[g.kind][lang]),
      ...languageColumns<ExportGate>(labels.question, l, 70, (g, lang) => g.question[lang]),
    ],
  };
}

type Detail = { label: Bilingual; value: Bilingual };

/** The procurement's details as label and value rows. */
export function detailsTable(data: { assessment: TenderCriteriaExport["assessment"]; generatedAt: string }, tender: boolean): Table<Detail> {
  const { assessment } = data;
  const l = assessment.languages;
  const same = (text: string): Bilingual => ({ en: text, cy: text });
  const rows: Detail[] = [
    { label: labels.reference, value: same(assessment.reference) },
    { label: labels.title, value: assessment.title },
    { label: labels.description, value: assessment.description },
    { label: labels.buyer, value: assessment.buyerName },
    { label: labels.nation, value: nationNames[assessment.nation] },
    { label: labels.deadline, value: perLanguage((lang) => formatDateTime(assessment.responseDeadline, lang)) },
  ];
  if (tender) {
    rows.push(
      { label: labels.annualValue, value: perLanguage((lang) => formatMoney(assessment.annualContractValue, lang)) },
      { label: labels.framework, value: frameworkText(assessment.framework) },
      { label: labels.carbonReductionPlan, value: assessment.carbonReductionPlanRequired ? labels.crpRequired : labels.crpNotRequired },
      { label: labels.awardShare, value: awardShareNote(assessment.awardShare ?? null) },
    );
  }
  rows.push({ label: labels.produced, value: perLanguage((lang) => formatDateTime(data.generatedAt, lang)) });
  return {
    name: sheetName(labels.details, l),
    rows,
    columns: [
      column<Detail>(labels.detail, l, 36, "text", (d) => l.map((lang) => d.label[lang]).join(" / ")),
      ...languageColumns<Detail>(labels.value, l, 70, (d, lang) => d.value[lang]),
    ],
  };
}
