import { formatDateTime, formatMoney, perLanguage } from "../format";
import { labels, nationNames } from "../labels";
import type { Bilingual, ExportAssessment } from "../model";
import { awardShareNote, deadlineText, frameworkText } from "../sentences";
import type { Block, Cell, Composer } from "./blocks";

/** The "About this procurement" table every document opens with. */
export function procurementDetails(
  c: Composer,
  assessment: ExportAssessment,
  generatedAt: string,
  options: { tender: boolean; extra?: [Bilingual, Cell][] } ,
): Block[] {
  const rows: [Bilingual, Cell][] = [
    [labels.reference, c.plain(assessment.reference)],
    [labels.buyer, c.cell(assessment.buyerName)],
    [labels.nation, c.cell(nationNames[assessment.nation])],
    ...(options.extra ?? []),
    [labels.deadline, c.cell(deadlineText(assessment.responseDeadline))],
  ];
  if (options.tender) {
    rows.push(
      [labels.annualValue, c.cell(perLanguage((lang) => formatMoney(assessment.annualContractValue, lang)))],
      [labels.framework, c.cell(frameworkText(assessment.framework))],
      [labels.carbonReductionPlan, c.cell(assessment.carbonReductionPlanRequired ? labels.crpRequired : labels.crpNotRequired)],
      [labels.awardShare, c.cell(awardShareNote(assessment.awardShare ?? null))],
    );
  }
  rows.push([labels.produced, c.cell(perLanguage((lang) => formatDateTime(generatedAt, lang)))]);
  return [c.heading(1, labels.procurementDetails), c.details(rows)];
}
