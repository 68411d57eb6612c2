/**
 * Ids of criteria and messages whose Welsh wording should be checked by a Welsh-language reviewer
 * before it is published. Remove an id once its wording has been reviewed.
 */
export const domainStringsAwaitingReview: string[] = [
  // "Tynnu mwy o garbon nag a allyrrir" stands in for "carbon-positive"; no settled Welsh term found.
  "br1.2025.carbon-positive",
  // "Profion straen a senarios" for stress and scenario testing.
  "outcome.supply-chain-stress-testing",
];

/**
 * Codes of engine messages (and the footprint wording) whose Welsh should be checked likewise: the wording of
 * disregarded tenders and conditions of participation ("diystyru", "amod cymryd rhan"), the plan's sign-off, and
 * the footprint's lines, units and factor sources.
 */
export const domainMessagesAwaitingReview: string[] = [
  "GATE.FAILED",
  "SCORING.BELOW_MINIMUM_SCORE",
  "CRP.DECLARATION_NOT_BY_DIRECTOR",
  "CONFIG.CRP_GATE_REQUIRED",
  "footprint.lines",
  "footprint.factors",
  "PUBLISH.WELSH_TO_UPDATE",
];
