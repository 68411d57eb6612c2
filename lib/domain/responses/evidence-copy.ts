import type { CarbonReductionPlan } from "../case/carbon-reduction-plan-schema";
import type { SupplierEvidence } from "../case/evidence-schema";
import type { ServiceFootprintDeclaration } from "../case/footprint-schema";

/** What a response stores as its evidence: the rules engine's supplier shape, nothing else. */
export type ResponseEvidence = {
  evidence?: SupplierEvidence;
  carbonReductionPlan?: CarbonReductionPlan;
  serviceFootprint?: ServiceFootprintDeclaration;
  gateResults?: Record<string, "pass" | "fail">;
};

export type EvidenceProfileContent = { evidence?: SupplierEvidence; carbonReductionPlan?: CarbonReductionPlan };

/**
 * Copies the organisation's evidence profile into a response in one step. Every dated item keeps its own as-at and
 * expiry dates; the response's footprint and gate results are the response's own and are kept.
 */
export function copyProfileIntoResponse(profile: EvidenceProfileContent, response: ResponseEvidence): ResponseEvidence {
  const copied: ResponseEvidence = { ...response, evidence: structuredClone(profile.evidence ?? {}) };
  if (profile.carbonReductionPlan) copied.carbonReductionPlan = structuredClone(profile.carbonReductionPlan);
  else delete copied.carbonReductionPlan;
  return copied;
}

/** Whether a response holds any structured evidence or Carbon Reduction Plan, however it came there. */
export function hasEvidence(response: ResponseEvidence | undefined): boolean {
  return Boolean(response?.carbonReductionPlan) || Object.keys(response?.evidence ?? {}).length > 0;
}

export type EvidenceSection = keyof SupplierEvidence | "carbonReductionPlan";

/** The structured evidence that bears on each business rule, shown beside its criteria. */
export const evidenceByRule: Readonly<Record<string, readonly EvidenceSection[]>> = {
  BR1: ["carbonReductionPlan", "sbti", "cdp", "carbonTrustRouteToNetZero", "iso14001"],
  BR2: ["waste", "policies", "epeat", "tcoCertified", "iso14001"],
  BR3: ["supplyChain", "modernSlaveryStatement", "msat", "ecoVadis", "cdp"],
  OUTCOME: ["epeat", "tcoCertified", "waste"],
  OTHER: [],
};

/** Every section of the evidence, in the order the profile shows them. */
export const allEvidenceSections: readonly EvidenceSection[] = ["carbonReductionPlan", "sbti", "cdp", "ecoVadis", "epeat", "tcoCertified", "iso14001", "carbonTrustRouteToNetZero", "modernSlaveryStatement", "msat", "waste", "policies", "supplyChain"];

export function evidenceSectionsFor(rule: string): readonly EvidenceSection[] {
  return evidenceByRule[rule] ?? [];
}
