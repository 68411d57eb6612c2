import { bilingual as b } from "../text";
import { outcomeCriteria, outcomes } from "./outcomes";
import { rule1, rule1Criteria } from "./rule-1-net-zero";
import { rule2, rule2Criteria } from "./rule-2-circular-economy";
import { rule3, rule3Criteria } from "./rule-3-transparency";
import type { BusinessRule, Criterion, CriterionLevel, Framework } from "./types";

/**
 * Every published framework version, keyed "id@version". An assessment records the id and version it
 * was built on, so a later edit ships as a new version and never rewrites a past assessment. Entries
 * are deep-frozen so nothing at run time can change them either.
 */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

export const GREENING_GOVERNMENT_ICT = "greening-government-ict";

const v1: Framework = {
  id: GREENING_GOVERNMENT_ICT,
  version: "1.0.0",
  publishedOn: "2025-01-01",
  title: b(
    "Greening government: ICT and digital services strategy 2020–2025 — business rules",
    "Gwyrddu’r llywodraeth: strategaeth TGCh a gwasanaethau digidol 2020–2025 — rheolau busnes",
  ),
  source: "https://www.gov.uk/government/publications/greening-government-ict-and-digital-services-strategy-2020-2025",
  rules: [rule1, rule2, rule3, outcomes],
  criteria: [...rule1Criteria, ...rule2Criteria, ...rule3Criteria, ...outcomeCriteria],
};

const registry: ReadonlyMap<string, Framework> = new Map(
  [v1].map((framework) => [`${framework.id}@${framework.version}`, deepFreeze(framework)]),
);

export function getFramework(id: string, version: string): Framework | undefined {
  return registry.get(`${id}@${version}`);
}

export function listFrameworkVersions(): readonly { id: string; version: string }[] {
  return [...registry.values()].map(({ id, version }) => ({ id, version }));
}

/** The version new assessments start from. */
export const latestFramework: Framework = registry.get(`${GREENING_GOVERNMENT_ICT}@1.0.0`)!;

export function criteriaByLevel(framework: Framework, rule: BusinessRule, level?: CriterionLevel): readonly Criterion[] {
  return framework.criteria.filter((criterion) => criterion.rule === rule && (level === undefined || criterion.level === level));
}

export function findCriterion(framework: Framework, criterionId: string): Criterion | undefined {
  return framework.criteria.find((criterion) => criterion.id === criterionId);
}
