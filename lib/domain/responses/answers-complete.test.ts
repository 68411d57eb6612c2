import { describe, expect, it } from "vitest";
import { firstIncompleteQuestion, isAnswered } from "./answers-complete";

const answer = (criterionId: string, text: string, finished = true) => ({ criterionId, answer: text, finished });

describe("a response ready to submit", () => {
  it("has a finished answer to every question", () => {
    expect(firstIncompleteQuestion(["c1", "c2"], [answer("c2", "Yes"), answer("c1", "Our plan")])).toBeUndefined();
  });

  it("names the first question, in the buyer's order, with no answer or one left to finish", () => {
    expect(firstIncompleteQuestion(["c1", "c2", "c3"], [answer("c1", "Our plan"), answer("c3", "Later", false)])).toEqual({ criterionId: "c2", problem: "unanswered" });
    expect(firstIncompleteQuestion(["c1", "c3", "c2"], [answer("c1", "Our plan"), answer("c3", "Later", false)])).toEqual({ criterionId: "c3", problem: "unfinished" });
    expect(firstIncompleteQuestion(["c1"], [answer("c1", "   ")])).toEqual({ criterionId: "c1", problem: "unanswered" });
  });

  it("counts an answer as answered once written and finished", () => {
    expect(isAnswered(answer("c1", "Our plan"))).toBe(true);
    expect(isAnswered(answer("c1", "Our plan", false))).toBe(false);
    expect(isAnswered(answer("c1", " "))).toBe(false);
    expect(isAnswered(undefined)).toBe(false);
  });
});
