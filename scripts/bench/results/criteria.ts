// The criteria of a large tender: the framework's own first, then the buyer's.
import { initialCriteria, type CriterionDraft } from "@/lib/domain/assessment-setup/initial-criteria";
import { scalePresets } from "@/lib/domain/assessment-setup/scales";
import { latestFramework } from "@/lib/domain/framework/registry";
import type { Bilingual } from "@/lib/domain/text";
import { splitRuleWeight } from "@/lib/domain/weights";

const ownTopics: Record<"BR1" | "BR2" | "BR3" | "OTHER", Bilingual[]> = {
  BR1: [
    { en: "Data centre energy efficiency", cy: "Effeithlonrwydd ynni canolfannau data" },
    { en: "Renewable electricity for the service", cy: "Trydan adnewyddadwy ar gyfer y gwasanaeth" },
    { en: "Emissions reporting for this contract", cy: "Adrodd ar allyriadau ar gyfer y contract hwn" },
  ],
  BR2: [
    { en: "Take-back and reuse of equipment", cy: "Casglu ac ailddefnyddio offer" },
    { en: "Repairability of devices supplied", cy: "Gallu i atgyweirio'r dyfeisiau a gyflenwir" },
    { en: "Packaging and waste", cy: "Pecynnu a gwastraff" },
  ],
  BR3: [
    { en: "Supply-chain emissions data", cy: "Data allyriadau'r gadwyn gyflenwi" },
    { en: "Modern slavery due diligence", cy: "Diwydrwydd dyladwy caethwasiaeth fodern" },
    { en: "Open reporting of sustainability indicators", cy: "Adrodd agored ar ddangosyddion cynaliadwyedd" },
  ],
  OTHER: [
    { en: "Local employment and skills", cy: "Cyflogaeth a sgiliau lleol" },
    { en: "Welsh language service", cy: "Gwasanaeth Cymraeg" },
    { en: "Support for small local suppliers", cy: "Cefnogaeth i gyflenwyr bach lleol" },
  ],
};

/** The framework's 2020 criteria first (as a new assessment starts), then the buyer's own, whole weights totalling 100. */
export function criteriaDrafts(count: number): CriterionDraft[] {
  const scale = scalePresets["0-4"].points;
  const fromFramework = initialCriteria(latestFramework, "2020", scale).slice(0, count);
  const descriptors = Object.fromEntries(scale.map((point) => [String(point.value), point.descriptor]));
  const rules = ["BR1", "BR2", "BR3", "OTHER"] as const;
  const own = Array.from({ length: count - fromFramework.length }, (_, index): CriterionDraft => {
    const rule = rules[index % rules.length];
    const topic = ownTopics[rule][Math.floor(index / rules.length) % ownTopics[rule].length];
    const lot = Math.floor(index / (rules.length * 3)) + 1;
    return {
      frameworkCriterionId: null,
      rule,
      title: { en: `${topic.en} (part ${lot})`, cy: `${topic.cy} (rhan ${lot})` },
      question: { en: `Describe your approach to ${topic.en.toLowerCase()} for this contract, with measurable commitments.`, cy: `Disgrifiwch eich dull o ran ${topic.cy.toLowerCase()} ar gyfer y contract hwn, gydag ymrwymiadau mesuradwy.` },
      guidance: { en: "Refer to evidence that an evaluator can check. Commitments should have dates and owners.", cy: "Cyfeiriwch at dystiolaeth y gall gwerthuswr ei gwirio. Dylai fod dyddiadau a pherchnogion i ymrwymiadau." },
      evidence: { en: "A policy or plan, with its date\nFigures for the last reporting year", cy: "Polisi neu gynllun, gyda'i ddyddiad\nFfigurau ar gyfer y flwyddyn adrodd ddiwethaf" },
      descriptors,
      weight: 0,
    };
  });
  const weights = splitRuleWeight(100, count);
  return [...fromFramework, ...own].map((draft, index) => ({ ...draft, weight: weights[index] }));
}
