import { describe, expect, it } from "vitest";
import example from "../examples/01-three-suppliers-ranked.json";
import { parseAssessmentCase } from "./assess-case";
import { assessmentCaseSchema } from "./case-schema";
import { problemsFromZodIssues } from "./input-problems";
import { plainEvaluatorScore } from "./plain-score";

const validCase = example.input;
const firstScore = validCase.scores[0];

/** What zod alone makes of the case: the reference the quick check of scores must never differ from. */
function byZodAlone(input: unknown) {
  const parsed = assessmentCaseSchema.safeParse(input, { reportInput: true });
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problems: problemsFromZodIssues(parsed.error.issues) };
}

const withScore = (score: unknown) => ({ ...validCase, scores: [score, ...validCase.scores.slice(1)] });

describe("evaluators' scores checked by hand, as zod checks them", () => {
  it("gives the same parsed case as zod for a valid case", () => {
    const parsed = parseAssessmentCase(validCase);
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && parsed.value).toEqual(byZodAlone(validCase).value);
  });

  const hostile: [string, unknown][] = [
    ["an id with spaces to trim", { ...firstScore, evaluatorId: " e1 " }],
    ["a blank id", { ...firstScore, supplierId: "" }],
    ["an id over 200 characters", { ...firstScore, criterionId: "x".repeat(201) }],
    ["a field the schema does not know", { ...firstScore, weight: 3 }],
    ["a score as text", { ...firstScore, score: "4" }],
    ["a score beyond the limits", { ...firstScore, score: 1e7 }],
    ["a score that is not finite", { ...firstScore, score: Number.POSITIVE_INFINITY }],
    ["a justification that is not text", { ...firstScore, justification: 4 }],
    ["a justification given as undefined", { ...firstScore, justification: undefined }],
    ["a list, not an object", [firstScore]],
    ["nothing", null],
    ["an object with its own prototype", Object.assign(Object.create({ inherited: true }), firstScore)],
  ];

  it.each(hostile)("leaves %s to zod, with zod's own words", (_name, score) => {
    expect(plainEvaluatorScore(score)).toBe(false);
    const input = withScore(score);
    const parsed = parseAssessmentCase(input);
    const reference = byZodAlone(input);
    if (reference.ok) {
      // Valid to zod once trimmed or with undefined dropped: the same case, and it goes on to be checked.
      expect(parsed.ok).toBe(true);
      expect(parsed.ok && parsed.value.scores[0]).toEqual(reference.value!.scores[0]);
    } else {
      expect(parsed).toEqual({ ok: false, problems: reference.problems });
    }
  });

  it("takes a plain score as it is", () => {
    expect(plainEvaluatorScore(firstScore)).toBe(true);
    expect(plainEvaluatorScore({ ...firstScore, justification: "Clear evidence of a 2040 target." })).toBe(true);
    expect(plainEvaluatorScore({ ...firstScore, score: -1_000_000 })).toBe(true);
  });
});
