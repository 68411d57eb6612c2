import type { AssessmentResult, SupplierResult } from "@/lib/domain/case/result-schema";
import type { Nation } from "@/lib/domain/organisations/roles";
import { assessmentSummaryBasis } from "@/lib/domain/summaries/legal-basis";
import { explainScore } from "@/lib/domain/summaries/score-explanation";
import { summaryStanding } from "@/lib/domain/summaries/summary-standing";
import type { Bilingual, ExportAssessment, ResultsExport, ScoreExplanation, TenderAssessment, TenderCriteriaExport } from "@/lib/export/model";
import type { AssessmentView } from "./get-assessment";
import { engineCriterionId } from "./to-assessment-config";

const languagesOf = (languages: AssessmentView["languages"]): ExportAssessment["languages"] => (languages === "en+cy" ? ["cy", "en"] : [languages]);
const lines = (text: { en: string; cy: string }) => {
  const en = text.en.split("\n").map((line) => line.trim()).filter(Boolean);
  const cy = text.cy.split("\n").map((line) => line.trim());
  return en.map((line, index) => ({ en: line, cy: cy[index] ?? "" }));
};

type Buyer = { id: string; nameEn: string; nameCy: string | null; identifierScheme?: string | null; identifierId?: string | null };

function exportAssessment(assessment: AssessmentView, buyer: Buyer): ExportAssessment {
  return {
    id: assessment.id,
    reference: assessment.reference,
    // Welsh not yet written is left empty, never filled with the English.
    title: { en: assessment.title, cy: assessment.titleCy },
    description: { en: assessment.description, cy: assessment.descriptionCy },
    buyerName: { en: buyer.nameEn, cy: buyer.nameCy ?? buyer.nameEn },
    buyerId: buyer.id,
    nation: assessment.nation,
    annualContractValue: assessment.annualContractValue,
    responseDeadline: assessment.responseDeadline.toISOString(),
    framework: assessment.framework,
    carbonReductionPlanRequired: assessment.carbonReductionPlanRequired,
    languages: languagesOf(assessment.languages),
    ...(buyer.identifierScheme && buyer.identifierId ? { buyerIdentifier: { scheme: buyer.identifierScheme, id: buyer.identifierId } } : {}),
    status: assessment.status,
    ...(assessment.publishedAt ? { publishedAt: assessment.publishedAt.toISOString() } : {}),
    awardShare: assessment.awardShare,
    procurementCategory: assessment.procurementCategory,
  };
}

/** The tender criteria as the export writers take them: the questions, guidance, evidence, weights, scale and gates. */
export function toTenderCriteriaExport(assessment: AssessmentView, buyer: Buyer, now: Date): TenderCriteriaExport {
  return {
    assessment: exportAssessment(assessment, buyer),
    scale: assessment.scale,
    criteria: assessment.criteria.map((criterion) => ({
      id: engineCriterionId(criterion),
      rule: criterion.rule,
      title: criterion.title,
      question: criterion.question,
      guidance: criterion.guidance,
      evidence: lines(criterion.evidence),
      weight: criterion.weight,
      ...(criterion.minimumScore !== null ? { minimumScore: criterion.minimumScore } : {}),
      descriptors: assessment.scale.map((point) => ({ value: point.value, descriptor: criterion.descriptors[String(point.value)] ?? point.descriptor })),
    })),
    gates: [
      ...(assessment.carbonReductionPlanRequired
        ? [{ id: "carbon-reduction-plan", kind: "carbon-reduction-plan" as const, question: { en: "Provide a Carbon Reduction Plan that meets PPN 006 / WPPN 006.", cy: "Darparwch Gynllun Lleihau Carbon sy’n bodloni PPN 006 / WPPN 006." } }]
        : []),
      ...assessment.gates.map((gate) => ({ id: gate.id, kind: "pass-fail" as const, question: gate.question })),
    ],
    generatedAt: now.toISOString(),
  };
}

/** What a summary needs beyond the engine's result: who the suppliers are, and the evaluators' own words. */
export type SummarySources = {
  buyerNation: Nation;
  suppliers: Map<string, { name: Bilingual; identifier: string | null; tenderReference: string | null; contact: string | null }>;
  evaluatorWords: { supplierId: string; criterionId: string; evaluatorId: string; justification: string }[];
};

/** The results and each supplier's assessment summary as the export writers take them. */
export function toResultsExport(assessment: AssessmentView, buyer: Buyer, result: AssessmentResult, now: Date, sources: SummarySources): ResultsExport {
  // A supplier is named in the export's first language: "Cwmwl Glas Cyf" in a Welsh (or Welsh-first) document.
  const first = languagesOf(assessment.languages)[0];
  const criteria = assessment.criteria.map((criterion) => ({ id: engineCriterionId(criterion), rule: criterion.rule, title: criterion.title, weight: criterion.weight }));
  const byId = new Map(result.suppliers.map((supplier) => [supplier.supplierId, supplier]));
  const agreed = (supplierId: string | undefined, criterionId: string) => (supplierId ? byId.get(supplierId)?.criteria.find((c) => c.criterionId === criterionId)?.agreedScore ?? null : null);
  const leader = result.ranking[0];
  const nameOf = (supplier: { supplierId: string; name: string }): Bilingual => sources.suppliers.get(supplier.supplierId)?.name ?? { en: supplier.name, cy: supplier.name };
  const nameIn = (supplier: { supplierId: string; name: string }) => nameOf(supplier)[first] || supplier.name;
  const leaderName = leader && byId.get(leader.supplierId) ? nameIn(byId.get(leader.supplierId)!) : "";
  // Indexed once: a large tender has tens of thousands of evaluators' words and of cells to explain.
  const wordsOf = new Map<string, SummarySources["evaluatorWords"][number][]>();
  for (const words of sources.evaluatorWords) {
    const cell = `${words.supplierId}\u0000${words.criterionId}`;
    const found = wordsOf.get(cell);
    if (found) found.push(words);
    else wordsOf.set(cell, [words]);
  }
  const explained = (supplier: SupplierResult, criterionId: string): ScoreExplanation => {
    const criterion = supplier.criteria.find((c) => c.criterionId === criterionId);
    if (!criterion) return { kind: "none" };
    return explainScore(criterion, wordsOf.get(`${supplier.supplierId}\u0000${criterionId}`) ?? []);
  };
  const tender = (supplier: SupplierResult): TenderAssessment => ({
    supplierName: nameOf(supplier),
    total: supplier.total,
    subtotals: supplier.ruleSubtotals,
    criteria: criteria.map((criterion) => ({ criterionId: criterion.id, score: agreed(supplier.supplierId, criterion.id), explanation: explained(supplier, criterion.id) })),
  });
  const leaderResult = leader ? byId.get(leader.supplierId) : undefined;
  const mostAdvantageous = leaderResult ? tender(leaderResult) : null;
  // Equal exact totals share first place: each such tender's summary says so, and sets out another of them.
  const firstPlace = result.ranking.filter((row) => row.rank === 1).map((row) => row.supplierId);
  const equalWith = (supplierId: string) => {
    const other = firstPlace.find((id) => id !== supplierId);
    return other ? tender(byId.get(other)!) : null;
  };
  const evaluators = new Set(result.suppliers.flatMap((s) => s.criteria.flatMap((c) => c.scores.map((score) => score.evaluatorId)))).size;
  const legalBasis = assessmentSummaryBasis(sources.buyerNation).citation;
  return {
    assessment: exportAssessment(assessment, buyer),
    scale: assessment.scale,
    criteria,
    ranked: result.ranking.map((row) => {
      const supplier = byId.get(row.supplierId)!;
      return {
        supplierId: row.supplierId,
        supplierName: nameIn(supplier),
        rank: row.rank,
        total: row.total,
        perRule: Object.fromEntries(supplier.ruleSubtotals.map((subtotal) => [subtotal.rule, subtotal.points])),
        scores: Object.fromEntries(criteria.map((criterion) => [criterion.id, agreed(row.supplierId, criterion.id)])),
      };
    }),
    excluded: result.excluded.map((supplier) => ({ supplierId: supplier.supplierId, supplierName: nameIn(supplier), reasons: supplier.reasons.map((reason) => reason.message) })),
    incomplete: result.incomplete.map((supplier) => ({ supplierId: supplier.supplierId, supplierName: nameIn(supplier), reasons: supplier.reasons.map((reason) => reason.message) })),
    summaries: result.suppliers.map((supplier) => {
      const standing = summaryStanding(supplier.status, supplier.rank);
      const details = sources.suppliers.get(supplier.supplierId);
      return {
        supplierId: supplier.supplierId,
        supplierName: nameIn(supplier),
        rank: supplier.rank,
        total: supplier.total,
        leaderName,
        leaderTotal: leader?.total ?? 0,
        perCriterion: criteria.map((criterion) => ({
          criterionId: criterion.id,
          score: agreed(supplier.supplierId, criterion.id),
          leaderScore: agreed(leader?.supplierId, criterion.id),
          reasons: supplier.preScores.filter((preScore) => preScore.criterionId === criterion.id).flatMap((preScore) => preScore.reasons.map((reason) => reason.message)),
          explanation: explained(supplier, criterion.id),
        })),
        supplier: { name: nameOf(supplier), identifier: details?.identifier ?? null, tenderReference: details?.tenderReference ?? null, contact: details?.contact ?? null },
        standing,
        standingReasons: [...supplier.exclusionReasons, ...supplier.incompleteReasons].map((reason) => reason.message),
        legalBasis,
        subtotals: supplier.ruleSubtotals,
        method: { evaluators, divergenceThreshold: assessment.divergenceThreshold },
        equalFirst: firstPlace.length,
        mostAdvantageous: standing === "most-advantageous" ? equalWith(supplier.supplierId) : mostAdvantageous,
      };
    }),
    generatedAt: now.toISOString(),
  };
}
