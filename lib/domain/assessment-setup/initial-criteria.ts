import type { Criterion, Framework } from "../framework/types";
import type { Bilingual } from "../text";
import { splitRuleWeight } from "../weights";
import type { ScalePoint } from "./scales";

export type CriterionDraft = {
  frameworkCriterionId: string | null;
  rule: "BR1" | "BR2" | "BR3" | "OUTCOME" | "OTHER";
  title: Bilingual;
  question: Bilingual;
  guidance: Bilingual;
  evidence: Bilingual;
  descriptors: Record<string, Bilingual>;
  weight: number;
};

/** Evidence items one a line, as the buyer edits them. */
export function evidenceLines(items: readonly Bilingual[]): Bilingual {
  return { en: items.map((item) => item.en).join("\n"), cy: items.map((item) => item.cy).join("\n") };
}

/**
 * The framework's suggested wording on the lowest, middle and highest points of the buyer's scale; the points in
 * between keep the scale's own descriptors.
 */
export function suggestedDescriptors(criterion: Criterion, scale: readonly ScalePoint[]): Record<string, Bilingual> {
  if (scale.length === 0) return {};
  const byValue: Record<string, Bilingual> = {};
  for (const point of scale) byValue[String(point.value)] = point.descriptor;
  byValue[String(scale[0].value)] = criterion.suggestedDescriptors.low;
  byValue[String(scale[Math.floor((scale.length - 1) / 2)].value)] = criterion.suggestedDescriptors.middle;
  byValue[String(scale[scale.length - 1].value)] = criterion.suggestedDescriptors.high;
  return byValue;
}

export function draftFromFramework(criterion: Criterion, scale: readonly ScalePoint[], weight = 0): CriterionDraft {
  return {
    frameworkCriterionId: criterion.id,
    rule: criterion.rule,
    title: criterion.title,
    question: criterion.question,
    guidance: criterion.guidance,
    evidence: evidenceLines(criterion.evidenceAskedFor),
    descriptors: suggestedDescriptors(criterion, scale),
    weight,
  };
}

/**
 * A new assessment starts with the three business rules' criteria at the chosen level, the weight split equally
 * between the rules and then between each rule's criteria, in whole percentages totalling 100.
 */
export function initialCriteria(framework: Framework, level: "2020" | "2025", scale: readonly ScalePoint[]): CriterionDraft[] {
  const rules = ["BR1", "BR2", "BR3"] as const;
  const ruleWeights = splitRuleWeight(100, rules.length);
  return rules.flatMap((rule, ruleIndex) => {
    const criteria = framework.criteria.filter((criterion) => criterion.rule === rule && criterion.level === level);
    const weights = splitRuleWeight(ruleWeights[ruleIndex], criteria.length);
    return criteria.map((criterion, index) => draftFromFramework(criterion, scale, weights[index]));
  });
}
