import { describe, expect, it } from "vitest";
import { assessmentConfigSchema, type AssessmentConfig } from "./case/case-schema";
import { validateAssessmentConfig } from "./config-checks";
import { splitRuleWeight } from "./weights";

const base = (): AssessmentConfig =>
  assessmentConfigSchema.parse({
    id: "a",
    framework: { id: "greening-government-ict", version: "1.0.0" },
    buyer: { nation: "wales", annualContractValue: 100_000 },
    assessmentDate: "2025-06-30",
    scale: { points: [0, 1, 2].map((value) => ({ value, descriptor: { en: `P${value}`, cy: `P${value}` } })) },
    criteria: [{ id: "br1.2020.net-zero-commitment", weight: 60 }, { id: "br2.2020.zero-landfill", weight: 40 }],
    evaluators: [{ id: "e1" }],
    divergenceThreshold: 1,
  });

const codes = (config: AssessmentConfig) => validateAssessmentConfig(config).map((p) => p.code);

describe("validateAssessmentConfig", () => {
  it("accepts a sound configuration", () => {
    expect(validateAssessmentConfig(base())).toEqual([]);
  });

  it("reports an unknown framework version", () => {
    expect(codes({ ...base(), framework: { id: "greening-government-ict", version: "9.0.0" } })).toEqual(["CONFIG.FRAMEWORK_UNKNOWN"]);
  });

  it("needs criteria, unique ids, and own ids for custom criteria", () => {
    expect(codes({ ...base(), criteria: [] })).toEqual(["CONFIG.NO_CRITERIA"]);
    const custom = { rule: "OTHER" as const, title: { en: "T", cy: "T" }, question: { en: "Q", cy: "C" } };
    expect(
      codes({
        ...base(),
        criteria: [
          { id: "br1.2020.net-zero-commitment", weight: 50 },
          { id: "br1.2020.net-zero-commitment", weight: 30 },
          { id: "br2.2020.zero-landfill", weight: 20, custom },
        ],
      }),
    ).toEqual(["CONFIG.CRITERION_DUPLICATE", "CONFIG.CUSTOM_CRITERION_ID_TAKEN"]);
  });

  it("names the total found when weights do not total 100, and the sustainability share", () => {
    const config = { ...base(), minimumShares: { sustainability: 70 } };
    config.criteria = [{ id: "br1.2020.net-zero-commitment", weight: 60 }, { id: "br2.2020.zero-landfill", weight: 50 }];
    const problems = validateAssessmentConfig(config);
    expect(problems.map((p) => p.message.en)).toEqual(["Weights must total 100; they total 110."]);
    config.criteria = [{ id: "br1.2020.net-zero-commitment", weight: 60 }, { id: "price", weight: 40, category: "price", custom: { rule: "OTHER", title: { en: "Price", cy: "Pris" }, question: { en: "Price?", cy: "Pris?" } } }];
    expect(validateAssessmentConfig(config)[0]).toMatchObject({ code: "CONFIG.MINIMUM_SHARE_NOT_MET", params: { found: 60, minimum: 70 } });
  });

  it("needs two scale points, gates once each, and evaluators", () => {
    const config = base();
    config.scale = { points: [{ value: 0, descriptor: { en: "", cy: "Dim" } }] };
    config.gates = [{ id: "crp", kind: "carbon-reduction-plan" }, { id: "crp", kind: "carbon-reduction-plan" }];
    config.evaluators = [];
    expect(codes(config)).toEqual([
      "CONFIG.SCALE_TOO_FEW_POINTS",
      "CONFIG.SCALE_DESCRIPTOR_MISSING",
      "CONFIG.GATE_DUPLICATE",
      "CONFIG.CRP_GATE_DUPLICATE",
      "CONFIG.NO_EVALUATORS",
    ]);
  });

  it("checks what-if weights like the real ones", () => {
    const config = { ...base(), whatIf: [{ name: "Tilt", weights: { "br1.2020.net-zero-commitment": 70, "br3.none": 5 } }] };
    const problems = validateAssessmentConfig(config);
    expect(problems.map((p) => p.code)).toEqual(["CONFIG.WHAT_IF_UNKNOWN_CRITERION", "CONFIG.WEIGHTS_TOTAL"]);
    expect(problems[1].message.en).toBe('Weights in what-if "Tilt" must total 100; they total 110.');
    expect(problems[1].message.cy).toBe('Rhaid i’r pwysoliadau yn y senario "Tilt" fod yn 100 i gyd; 110 yw’r cyfanswm.');
  });

  it("asks for the plan gate in Wales from £5m a year, naming WPPN 006", () => {
    const config = { ...base(), buyer: { nation: "wales" as const, annualContractValue: 5_000_000 } };
    expect(validateAssessmentConfig(config)[0].message.en).toBe(
      "A contract worth £5,000,000 a year needs the Carbon Reduction Plan gate. WPPN 006 makes a Carbon Reduction Plan a condition of participation for Welsh Government contracts valued at £5 million a year or more, including VAT.",
    );
    // England: PPN 006 applies above £5m, so exactly £5m does not need the gate.
    expect(validateAssessmentConfig({ ...config, buyer: { nation: "england", annualContractValue: 5_000_000 } })).toEqual([]);
  });
});

describe("splitRuleWeight", () => {
  it("splits a rule's weight into whole numbers that add back up", () => {
    expect(splitRuleWeight(30, 4)).toEqual([8, 8, 7, 7]);
    expect(splitRuleWeight(10, 0)).toEqual([]);
  });
});
