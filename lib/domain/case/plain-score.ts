import { inputLimits } from "./limits";

const scoreFields = new Set(["supplierId", "criterionId", "evaluatorId", "score", "justification"]);

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** An id as `idSchema` takes it unchanged: text of 1 to 200 characters with no space to trim at either end. */
const plainId = (value: unknown) => typeof value === "string" && value.length >= 1 && value.length <= 200 && value.trim() === value;

/**
 * True when an evaluator's score passes `evaluatorScoreSchema` and parsing would give back the same object: ids
 * that need no trimming, a finite score within the scale limits, text or nothing as the justification, no other
 * field. Anything else is left to zod, which words the problem.
 */
export function plainEvaluatorScore(value: unknown): boolean {
  if (!isRecord(value) || Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const key in value) if (!scoreFields.has(key)) return false;
  const { supplierId, criterionId, evaluatorId, score, justification } = value;
  return (
    plainId(supplierId) &&
    plainId(criterionId) &&
    plainId(evaluatorId) &&
    typeof score === "number" &&
    Number.isFinite(score) &&
    score >= -inputLimits.scaleValue &&
    score <= inputLimits.scaleValue &&
    (justification === undefined ? !("justification" in value) : typeof justification === "string")
  );
}
