/**
 * What the exports are written from. The app fills these from its database; the writers in this folder
 * turn them into files and never look anything up themselves.
 */

export type Bilingual = { en: string; cy: string };
export type Language = "en" | "cy";

export type Nation = "england" | "wales" | "scotland" | "northern-ireland";

export type ExportAssessment = {
  id: string;
  reference: string;
  title: Bilingual;
  description: Bilingual;
  buyerName: Bilingual;
  buyerId: string;
  nation: Nation;
  /** Estimated pounds a year, including VAT, averaged over the contract (PPN 006 para 3). */
  annualContractValue: number;
  /** ISO instant; shown in Europe/London time. */
  responseDeadline: string;
  framework: { id: string; version: string; level: "2020" | "2025" };
  carbonReductionPlanRequired: boolean;
  /** The languages the export is written in, in the order they are shown: ["en"], ["cy"], ["en","cy"] or ["cy","en"]. */
  languages: Language[];
  /** The buyer's identifier in an org-id.guide register, when its admin has entered one. */
  buyerIdentifier?: { scheme: string; id: string };
  /** Draft or published, and when it was published (ISO instant); absent means published. */
  status?: "draft" | "published";
  publishedAt?: string;
  /** Whole percent of the total award these criteria carry; null when not set. */
  awardShare?: number | null;
  procurementCategory?: "goods" | "services" | "works";
};

export type BusinessRuleKey = "BR1" | "BR2" | "BR3" | "OUTCOME" | "OTHER";

export type ScalePoint = { value: number; descriptor: Bilingual };

export type ExportCriterion = {
  id: string;
  rule: BusinessRuleKey;
  title: Bilingual;
  question: Bilingual;
  guidance: Bilingual;
  /** Evidence asked for, one item each. */
  evidence: Bilingual[];
  /** Whole percent; all criteria total 100. */
  weight: number;
  minimumScore?: number;
  /** The scale as worded for this criterion. */
  descriptors: ScalePoint[];
};

export type ExportGate = { id: string; kind: "carbon-reduction-plan" | "pass-fail"; question: Bilingual };

export type TenderCriteriaExport = {
  assessment: ExportAssessment;
  scale: ScalePoint[];
  criteria: ExportCriterion[];
  gates: ExportGate[];
  generatedAt: string;
};

export type RankedSupplier = {
  supplierId: string;
  supplierName: string;
  rank: number;
  /** Weighted total, 0–100. */
  total: number;
  /** Points each business rule contributes to the total, out of the weight it carries. */
  perRule: Partial<Record<BusinessRuleKey, number>>;
  /** Agreed score on the scale, by criterion id; null when not scored. */
  scores: Record<string, number | null>;
};

export type SupplierWithReasons = { supplierId: string; supplierName: string; reasons: Bilingual[] };

/** Why a tender got its score on a criterion, in the evaluators' own words (as written, in their language). */
export type ScoreExplanation =
  | { kind: "consensus"; rationale: string }
  | { kind: "evaluators"; justifications: string[] }
  | { kind: "none" };

export type RuleSubtotal = { rule: BusinessRuleKey; weight: number; points: number };

/** One tender's assessment as a summary shows it: agreed scores with the evaluators' words, sub-totals and total. */
export type TenderAssessment = {
  supplierName: Bilingual;
  total: number | null;
  subtotals: RuleSubtotal[];
  criteria: { criterionId: string; score: number | null; explanation: ScoreExplanation }[];
};

export type AssessmentSummary = {
  supplierId: string;
  supplierName: string;
  rank: number | null;
  total: number | null;
  leaderName: string;
  leaderTotal: number;
  /** `reasons` are the automated pre-score's: supporting evidence only, never the explanation of the score. */
  perCriterion: { criterionId: string; score: number | null; leaderScore: number | null; reasons: Bilingual[]; explanation: ScoreExplanation }[];
  /** Name (the Welsh one in Welsh text), its identifier in a public register (org-id style, e.g. GB-COH-01234567),
   * the tender's reference and whom to contact. */
  supplier: { name: Bilingual; identifier: string | null; tenderReference: string | null; contact: string | null };
  standing: "most-advantageous" | "unsuccessful" | "disregarded" | "not-yet-assessed";
  /** Why a tender was disregarded (a condition of participation not met, a minimum score not reached) or is not yet fully assessed. */
  standingReasons: Bilingual[];
  /** The provisions the summary is given under, chosen by the buyer's nation. */
  legalBasis: Bilingual;
  subtotals: RuleSubtotal[];
  /** How the scores were given: evaluators scoring independently, moderated above this spread (in scale points). */
  method: { evaluators: number; divergenceThreshold: number };
  /** How many tenders share first place with equal totals: 1 when one tender leads alone. */
  equalFirst?: number;
  /**
   * The most advantageous tender's assessment, for an unsuccessful or disregarded supplier; for a tender sharing first
   * place, another tender equal with it; null for a tender first alone.
   */
  mostAdvantageous: TenderAssessment | null;
};

export type ResultsExport = {
  assessment: ExportAssessment;
  criteria: { id: string; rule: BusinessRuleKey; title: Bilingual; weight: number }[];
  /** The scale the scores are on, so a reader can tell what a score of 3 means. */
  scale: ScalePoint[];
  ranked: RankedSupplier[];
  excluded: SupplierWithReasons[];
  incomplete: SupplierWithReasons[];
  summaries: AssessmentSummary[];
  generatedAt: string;
};
