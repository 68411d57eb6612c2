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
