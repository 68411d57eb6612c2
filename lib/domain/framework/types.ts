import type { Bilingual } from "../text";

/** The three Greening Government ICT business rules, plus the outcomes a buyer may add as criteria. */
export type BusinessRule = "BR1" | "BR2" | "BR3" | "OUTCOME";

/** A rule's 2020 baseline, its stretching 2025 level, or an added outcome. */
export type CriterionLevel = "2020" | "2025" | "outcome";

/** How structured evidence is turned into a suggested score (see pre-score/). */
export type PreScoreMethod =
  | "br1-net-zero-commitment"
  | "br1-mitigation-adaptation"
  | "br1-roadmap-progress"
  | "br2-zero-landfill"
  | "br2-circular-design"
  | "br2-zero-waste-targets"
  | "br2-refurbished-remanufactured"
  | "br3-supply-chain-data"
  | "br3-modern-slavery"
  | "br3-high-risk-mapping"
  | "br3-reporting-resilience";

export type Criterion = {
  /** Stable across framework versions: assessments and exports refer to it. */
  readonly id: string;
  readonly rule: BusinessRule;
  readonly level: CriterionLevel;
  readonly title: Bilingual;
  readonly question: Bilingual;
  readonly guidance: Bilingual;
  readonly evidenceAskedFor: readonly Bilingual[];
  /** Suggested wording for the lowest, middle and highest points of the buyer's scale. */
  readonly suggestedDescriptors: { readonly low: Bilingual; readonly middle: Bilingual; readonly high: Bilingual };
  readonly preScoreMethod?: PreScoreMethod;
};

export type BusinessRuleInfo = {
  readonly rule: BusinessRule;
  readonly title: Bilingual;
  readonly summary: Bilingual;
};

export type Framework = {
  readonly id: string;
  readonly version: string;
  readonly publishedOn: string;
  readonly title: Bilingual;
  readonly source: string;
  readonly rules: readonly BusinessRuleInfo[];
  readonly criteria: readonly Criterion[];
};
