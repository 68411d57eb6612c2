import type { AssessmentSummary, Bilingual, BusinessRuleKey, ExportCriterion, ScoreExplanation, TenderAssessment } from "./model";

/** The test fixture's assessment summaries completed with what the regulations ask for (see fixtures.ts). */
type Draft = Pick<AssessmentSummary, "supplierId" | "supplierName" | "rank" | "total" | "leaderName" | "leaderTotal"> & {
  perCriterion: Omit<AssessmentSummary["perCriterion"][number], "explanation">[];
};

const b = (en: string, cy: string): Bilingual => ({ en, cy });

const details: Record<string, { name: Bilingual; identifier?: string; reference: string; contact: string; explanations: Record<number, ScoreExplanation>; reasons?: Bilingual[] }> = {
  "sup-cwmwl": {
    name: b("Clean Cloud Ltd", "Cwmwl Glân Cyf."),
    identifier: "GB-COH-09876543",
    reference: "DT-2026-014-001",
    contact: "tendrau@cwmwlglan.example",
    explanations: { 0: { kind: "evaluators", justifications: ["SBTi-validated near-term and net-zero targets, with a Carbon Reduction Plan signed by a director."] } },
  },
  "sup-severn": {
    name: b('Severn Data Services Ltd, trading as "Severn Cloud"', 'Severn Data Services Ltd, trading as "Severn Cloud"'),
    reference: "DT-2026-014-002",
    contact: "bids@severn.example",
    explanations: {
      0: { kind: "evaluators", justifications: ["A 2045 net-zero commitment; targets submitted to the SBTi but not yet validated.", "Plan covers all scopes asked for."] },
      1: { kind: "consensus", rationale: "Strategies exist but adaptation is not yet costed; agreed at moderation on 3 July 2026." },
    },
  },
  "sup-mon": { name: b("Mon Data Services Ltd", "Gwasanaethau Data Môn Cyf."), reference: "DT-2026-014-003", contact: "tendr@datamon.example", explanations: {} },
  "sup-horizon": {
    name: b("Blue Horizon Cloud plc", "Blue Horizon Cloud plc"),
    reference: "DT-2026-014-004",
    contact: "bids@bluehorizon.example",
    explanations: {},
    reasons: [b("Did not meet the condition crp: no Carbon Reduction Plan was provided.", "Heb fodloni’r amod crp: ni ddarparwyd Cynllun Lleihau Carbon.")],
  },
};

export function withSummaryDetails(drafts: Draft[], criteria: Pick<ExportCriterion, "id" | "rule" | "weight">[]): AssessmentSummary[] {
  const explained = (draft: Draft) =>
    draft.perCriterion.map((row, index) => ({ ...row, explanation: details[draft.supplierId]?.explanations[index] ?? ({ kind: "evaluators", justifications: ["Scored against the descriptors and the evidence submitted."] } as ScoreExplanation) }));
  const subtotals = (draft: Draft) => {
    if (draft.total === null) return [];
    const rules = [...new Set(criteria.map((c) => c.rule))] as BusinessRuleKey[];
    return rules.map((rule) => {
      const own = criteria.filter((c) => c.rule === rule);
      return { rule, weight: own.reduce((sum, c) => sum + c.weight, 0), points: own.reduce((sum, c) => sum + (c.weight * (draft.perCriterion.find((r) => r.criterionId === c.id)?.score ?? 0)) / 4, 0) };
    });
  };
  const leaderDraft = drafts.find((draft) => draft.rank === 1);
  const leader: TenderAssessment | null = leaderDraft
    ? { supplierName: details[leaderDraft.supplierId].name, total: leaderDraft.total, subtotals: subtotals(leaderDraft), criteria: explained(leaderDraft).map(({ criterionId, score, explanation }) => ({ criterionId, score, explanation })) }
    : null;
  return drafts.map((draft) => ({
    ...draft,
    perCriterion: explained(draft),
    supplier: { name: details[draft.supplierId].name, identifier: details[draft.supplierId].identifier ?? null, tenderReference: details[draft.supplierId].reference, contact: details[draft.supplierId].contact },
    standing: draft.rank === 1 ? "most-advantageous" : draft.rank === null ? "disregarded" : "unsuccessful",
    standingReasons: details[draft.supplierId].reasons ?? [],
    legalBasis: b(
      "section 50 of the Procurement Act 2023 and regulation 32 of the Procurement (Wales) Regulations 2024",
      "adran 50 o Ddeddf Caffael 2023 a rheoliad 32 o Reoliadau Caffael (Cymru) 2024",
    ),
    subtotals: subtotals(draft),
    method: { evaluators: 2, divergenceThreshold: 1 },
    mostAdvantageous: draft.rank === 1 ? null : leader,
  }));
}
