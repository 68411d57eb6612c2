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
  /** Pounds a year, excluding VAT. */
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

export type AssessmentSummary = {
  supplierId: string;
  supplierName: string;
  rank: number | null;
  total: number | null;
  leaderName: string;
  leaderTotal: number;
  perCriterion: { criterionId: string; score: number | null; leaderScore: number | null; reasons: Bilingual[] }[];
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
