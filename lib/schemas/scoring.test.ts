import { describe, expect, it } from "vitest";
import { fieldErrors } from "@/lib/forms/form-state";
import { conflictSchema, consensusSchema, grantSpecialistSchema, scoreSheetSchema } from "./scoring";

describe("scoring forms", () => {
  it("asks whether there is a conflict, and for its details when there is", () => {
    expect(fieldErrors(conflictSchema.safeParse({ hasConflict: "", details: "" }).error!)).toEqual({ hasConflict: "scoring.hasConflictRequired" });
    expect(fieldErrors(conflictSchema.safeParse({ hasConflict: "yes", details: " " }).error!)).toEqual({ details: "scoring.conflictDetailsRequired" });
    expect(conflictSchema.parse({ hasConflict: "no", details: "" })).toEqual({ hasConflict: "no", details: "" });
  });

  it("needs a score on the scale and a justification for every criterion", () => {
    const schema = scoreSheetSchema(["a", "b"], [0, 1, 2, 3, 4]);
    const refused = schema.safeParse({ "score-a": "", "justification-a": "", "score-b": "7", "justification-b": "Fine" });
    expect(fieldErrors(refused.error!)).toEqual({ "score-a": "scoring.scoreRequired", "justification-a": "scoring.justificationRequired", "score-b": "scoring.scoreInvalid" });
    expect(schema.parse({ "score-a": "0", "justification-a": " None offered ", "score-b": "4", "justification-b": "Strong" })).toEqual([
      { criterionId: "a", score: 0, justification: "None offered" },
      { criterionId: "b", score: 4, justification: "Strong" },
    ]);
    expect(fieldErrors(schema.safeParse({ "score-a": "1.5", "justification-a": "x", "score-b": "1", "justification-b": "x" }).error!)).toEqual({ "score-a": "scoring.scoreInvalid" });
  });

  it("needs a consensus score and its rationale", () => {
    expect(fieldErrors(consensusSchema([0, 20, 40]).safeParse({ score: "", rationale: "" }).error!)).toEqual({ score: "scoring.consensusScoreRequired", rationale: "scoring.rationaleRequired" });
    expect(consensusSchema([0, 20, 40]).parse({ score: "20", rationale: "Agreed" })).toEqual({ score: 20, rationale: "Agreed" });
  });

  it("names a shared specialist by a well-formed e-mail address", () => {
    expect(fieldErrors(grantSpecialistSchema.safeParse({ email: "nope" }).error!)).toEqual({ email: "email.invalid" });
  });
});
