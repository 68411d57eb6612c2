/**
 * The assessment rules engine: pure functions, no I/O. The web app and `npm run assess` call these.
 */
export type { Bilingual, Language, Problem, ProblemParams } from "./text";
export type { IsoDate } from "./dates";

// Criteria framework
export { getFramework, latestFramework, listFrameworkVersions, criteriaByLevel, findCriterion, GREENING_GOVERNMENT_ICT } from "./framework/registry";
export type { Framework, Criterion, BusinessRule, CriterionLevel, PreScoreMethod } from "./framework/types";
export { domainStringsAwaitingReview } from "./framework/awaiting-review";

// Configuration
export { validateAssessmentConfig } from "./config-checks";
export { checkWeights, splitRuleWeight } from "./weights";

// Gates and evidence
export { checkCarbonReductionPlan, LATEST_NET_ZERO_YEAR, WALES_PUBLIC_SECTOR_NET_ZERO_YEAR } from "./carbon-reduction-plan";
export type { CarbonReductionPlanCheck } from "./carbon-reduction-plan";
export { isCarbonReductionPlanMandatory, CARBON_REDUCTION_PLAN_THRESHOLD } from "./carbon-reduction-plan-mandatory";
export { evidenceValidity, creditableEvidence } from "./evidence/evidence-validity";
export type { EvidenceValidity, EvidenceStatus } from "./evidence/evidence-validity";
export { evidenceRules } from "./evidence/evidence-rules";
export type { EvidenceKind, EvidenceRule } from "./evidence/evidence-rules";

// Scoring
export { preScore } from "./pre-score/pre-score";
export type { PreScore } from "./pre-score/pre-score";
export type { PreScoreContext } from "./pre-score/components";
export { nearestScalePoint } from "./pre-score/scale-mapping";
export { moderate } from "./moderation";
export type { CriterionModeration, ConsensusScore, EvaluatorScoreEntry, ModerationStatus } from "./moderation";
export { computeResults } from "./results";
export type { ScoringResult, SupplierStanding, SupplierScoringInput, ResolvedCriterion, RuleKey } from "./results";
export { rankByTotals } from "./ranking";
export type { RankedSupplier } from "./ranking";
export { whatIf } from "./what-if";
export type { WhatIfOutcome } from "./what-if";
export type { LeaderSensitivity } from "./leader-sensitivity";

// Service footprint
export { estimateFootprint, footprintMethod, footprintExclusions } from "./footprint/estimate-footprint";
export type { FootprintEstimate, FootprintLine, FootprintPerUnit } from "./footprint/estimate-footprint";
export { electricityFactorFor, electricityRegions, networkEnergyFactor, regionChoices, regionLabel, ukElectricityFactorSets, ukElectricityFactorsFor } from "./footprint/factors";
export { deviceEmbodiedDefaults, deviceModels } from "./footprint/device-defaults";
export type { DeviceDefault, DeviceModel } from "./footprint/device-defaults";
export { co2jsVersion, gridAverages } from "./footprint/grid-regions";
export { licences } from "./footprint/licences";
export type { Licence } from "./footprint/licences";
export { shownKgPerUnit, shownTonnes, significantFigures } from "./footprint/precision";
export type { ShownFigure } from "./footprint/precision";
export type { EmissionFactor, UkElectricityFactorSet } from "./footprint/factors";

// Cases: schemas, parsing and the whole assessment
export { assessmentCaseSchema, assessmentConfigSchema, supplierSchema } from "./case/case-schema";
export type { AssessmentCase, AssessmentCaseInput, AssessmentConfig, Supplier, EvaluatorScore, ModeratedScore, Nation, Scale } from "./case/case-schema";
export type { SupplierEvidence } from "./case/evidence-schema";
export type { CarbonReductionPlan } from "./case/carbon-reduction-plan-schema";
export type { ServiceFootprintDeclaration } from "./case/footprint-schema";
export { assessmentResultSchema } from "./case/result-schema";
export type { AssessmentResult, SupplierResult } from "./case/result-schema";
export { assessCase, parseAssessmentCase } from "./case/assess-case";
export type { AssessOutcome } from "./case/assess-case";
export { runAssessCli, formatProblems, inputJsonSchema, outputJsonSchema } from "./case/cli";
