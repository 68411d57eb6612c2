import { compare, exact, sum, toNumber } from "./exact";
import { formatNumber } from "./number-text";
import type { AssessmentConfig } from "./case/case-schema";
import { carbonReductionPlanPolicy, isCarbonReductionPlanMandatory } from "./carbon-reduction-plan-mandatory";
import { getFramework, findCriterion } from "./framework/registry";
import { problem, type Problem } from "./text";
import { checkWeightChanges, checkWeights } from "./weights";

/**
 * Checks an assessment's configuration before anyone scores against it. Every problem has a stable
 * code and a message in English and Welsh; an empty list means the configuration can be used.
 */
export function validateAssessmentConfig(config: AssessmentConfig): Problem[] {
  return [
    ...checkFrameworkAndCriteria(config),
    ...checkWeights(config.criteria.map((c) => ({ id: c.id, weight: c.weight })), ["criteria"]),
    ...checkMinimumShares(config),
    ...checkScale(config),
    ...checkGates(config),
    ...checkEvaluators(config),
    ...checkWhatIf(config),
  ];
}

function checkFrameworkAndCriteria(config: AssessmentConfig): Problem[] {
  const problems: Problem[] = [];
  const framework = getFramework(config.framework.id, config.framework.version);
  const ref = `${config.framework.id}@${config.framework.version}`;
  if (!framework) {
    problems.push(problem("CONFIG.FRAMEWORK_UNKNOWN", {
      en: `There is no criteria framework ${ref}.`,
      cy: `Nid oes fframwaith meini prawf ${ref}.`,
    }, { path: ["framework"], params: { framework: ref } }));
  }
  if (config.criteria.length === 0) {
    problems.push(problem("CONFIG.NO_CRITERIA", {
      en: "Add at least one criterion.",
      cy: "Ychwanegwch o leiaf un maen prawf.",
    }, { path: ["criteria"] }));
  }
  const seen = new Set<string>();
  config.criteria.forEach((criterion, index) => {
    const path = ["criteria", index, "id"];
    if (seen.has(criterion.id)) {
      problems.push(problem("CONFIG.CRITERION_DUPLICATE", {
        en: `Criterion ${criterion.id} appears more than once.`,
        cy: `Mae maen prawf ${criterion.id} yn ymddangos fwy nag unwaith.`,
      }, { path, params: { criterionId: criterion.id } }));
    }
    seen.add(criterion.id);
    const inFramework = framework ? findCriterion(framework, criterion.id) : undefined;
    if (framework && !criterion.custom && !inFramework) {
      problems.push(problem("CONFIG.CRITERION_UNKNOWN", {
        en: `Criterion ${criterion.id} is not in framework ${ref}; give its wording as a custom criterion.`,
        cy: `Nid yw maen prawf ${criterion.id} yn fframwaith ${ref}; rhowch ei eiriad fel maen prawf personol.`,
      }, { path, params: { criterionId: criterion.id } }));
    }
    if (criterion.custom && inFramework) {
      problems.push(problem("CONFIG.CUSTOM_CRITERION_ID_TAKEN", {
        en: `Criterion id ${criterion.id} belongs to the framework; choose another id for your own criterion.`,
        cy: `Mae’r id maen prawf ${criterion.id} yn perthyn i’r fframwaith; dewiswch id arall ar gyfer eich maen prawf eich hun.`,
      }, { path, params: { criterionId: criterion.id } }));
    }
  });
  return problems;
}

function checkMinimumShares(config: AssessmentConfig): Problem[] {
  const shares = config.minimumShares;
  if (!shares) return [];
  const requirements = [
    { key: "sustainability", category: "sustainability", minimum: shares.sustainability, en: "sustainability", cy: "cynaliadwyedd" },
    { key: "socialValue", category: "social-value", minimum: shares.socialValue, en: "social value", cy: "gwerth cymdeithasol" },
  ] as const;
  return requirements.flatMap(({ key, category, minimum, en, cy }) => {
    if (minimum === undefined) return [];
    const exactFound = sum(config.criteria.filter((c) => (c.category ?? "sustainability") === category).map((c) => exact(c.weight)));
    if (compare(exactFound, exact(minimum)) >= 0) return [];
    const found = Number(formatNumber(toNumber(exactFound)));
    return [problem("CONFIG.MINIMUM_SHARE_NOT_MET", {
      en: `Criteria for ${en} carry ${found}% of the weight; at least ${minimum}% is required.`,
      cy: `Mae’r meini prawf ar gyfer ${cy} yn cario ${found}% o’r pwysoliad; mae angen o leiaf ${minimum}%.`,
    }, { path: ["minimumShares", key], params: { category, found, minimum } })];
  });
}

function checkScale(config: AssessmentConfig): Problem[] {
  const problems: Problem[] = [];
  const points = config.scale.points;
  if (points.length < 2) {
    problems.push(problem("CONFIG.SCALE_TOO_FEW_POINTS", {
      en: `A scale needs at least two points; it has ${points.length}.`,
      cy: `Mae angen o leiaf dau bwynt ar raddfa; mae ganddi ${points.length}.`,
    }, { path: ["scale", "points"], params: { found: points.length } }));
  }
  points.forEach((point, index) => {
    if (index > 0 && point.value <= points[index - 1].value) {
      problems.push(problem("CONFIG.SCALE_NOT_ASCENDING", {
        en: `Scale point ${point.value} must be higher than the point before it (${points[index - 1].value}).`,
        cy: `Rhaid i bwynt ${point.value} ar y raddfa fod yn uwch na’r pwynt o’i flaen (${points[index - 1].value}).`,
      }, { path: ["scale", "points", index, "value"], params: { value: point.value } }));
    }
    for (const language of ["en", "cy"] as const) {
      if (point.descriptor[language].trim() !== "") continue;
      const label = language === "en" ? { en: "English", cy: "Saesneg" } : { en: "Welsh", cy: "Cymraeg" };
      problems.push(problem("CONFIG.SCALE_DESCRIPTOR_MISSING", {
        en: `Scale point ${point.value} has no ${label.en} descriptor.`,
        cy: `Nid oes disgrifydd ${label.cy} gan bwynt ${point.value} ar y raddfa.`,
      }, { path: ["scale", "points", index, "descriptor", language], params: { value: point.value, language } }));
    }
  });
  if (points.length >= 2) {
    const low = points[0].value;
    const high = points[points.length - 1].value;
    config.criteria.forEach((criterion, index) => {
      const minimum = criterion.minimumScore;
      if (minimum === undefined || (minimum >= low && minimum <= high)) return;
      problems.push(problem("CONFIG.MINIMUM_SCORE_OUTSIDE_SCALE", {
        en: `The minimum score for ${criterion.id} (${minimum}) is outside the scale ${low} to ${high}.`,
        cy: `Mae’r sgôr isaf ar gyfer ${criterion.id} (${minimum}) y tu allan i’r raddfa ${low} i ${high}.`,
      }, { path: ["criteria", index, "minimumScore"], params: { criterionId: criterion.id, minimum, low, high } }));
    });
  }
  return problems;
}

function checkGates(config: AssessmentConfig): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  config.gates.forEach((gate, index) => {
    if (seen.has(gate.id)) {
      problems.push(problem("CONFIG.GATE_DUPLICATE", {
        en: `Gate ${gate.id} appears more than once.`,
        cy: `Mae amod ${gate.id} yn ymddangos fwy nag unwaith.`,
      }, { path: ["gates", index, "id"], params: { gateId: gate.id } }));
    }
    seen.add(gate.id);
  });
  const planGates = config.gates.filter((gate) => gate.kind === "carbon-reduction-plan").length;
  if (planGates > 1) {
    problems.push(problem("CONFIG.CRP_GATE_DUPLICATE", {
      en: "Only one Carbon Reduction Plan gate can be set.",
      cy: "Dim ond un amod ar gyfer y Cynllun Lleihau Carbon sy’n bosibl.",
    }, { path: ["gates"] }));
  }
  const { nation, annualContractValue } = config.buyer;
  const rule = carbonReductionPlanPolicy(nation);
  if (planGates === 0 && rule && isCarbonReductionPlanMandatory(nation, annualContractValue)) {
    const value = annualContractValue.toLocaleString("en-GB", { maximumFractionDigits: 2 });
    problems.push(problem("CONFIG.CRP_GATE_REQUIRED", {
      en: `A contract worth £${value} a year needs the Carbon Reduction Plan gate. ${rule.rule.en}`,
      cy: `Mae angen amod y Cynllun Lleihau Carbon ar gontract gwerth £${value} y flwyddyn. ${rule.rule.cy}`,
    }, { path: ["gates"], params: { annualContractValue, policy: rule.policy } }));
  }
  return problems;
}

function checkEvaluators(config: AssessmentConfig): Problem[] {
  const problems: Problem[] = [];
  if (config.evaluators.length === 0) {
    problems.push(problem("CONFIG.NO_EVALUATORS", {
      en: "Add at least one evaluator.",
      cy: "Ychwanegwch o leiaf un gwerthuswr.",
    }, { path: ["evaluators"] }));
  }
  const seen = new Set<string>();
  config.evaluators.forEach((evaluator, index) => {
    if (seen.has(evaluator.id)) {
      problems.push(problem("CONFIG.EVALUATOR_DUPLICATE", {
        en: `Evaluator ${evaluator.id} appears more than once.`,
        cy: `Mae gwerthuswr ${evaluator.id} yn ymddangos fwy nag unwaith.`,
      }, { path: ["evaluators", index, "id"], params: { evaluatorId: evaluator.id } }));
    }
    seen.add(evaluator.id);
  });
  return problems;
}

function checkWhatIf(config: AssessmentConfig): Problem[] {
  return config.whatIf.flatMap(
    (scenario, index) => checkWeightChanges(config.criteria, scenario.weights, scenario.name, ["whatIf", index, "weights"]).problems,
  );
}
