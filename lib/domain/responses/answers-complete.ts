// A response is ready to submit when every question has an answer the supplier has finished: an answer saved with
// "Save and come back later" is in progress, not done, until it is saved with "Save and continue".

export type SavedAnswer = { criterionId: string; answer: string; finished: boolean };

/** Whether an answer counts as answered: written, and not left to come back to. */
export const isAnswered = (answer: Pick<SavedAnswer, "answer" | "finished"> | undefined): boolean => Boolean(answer?.answer.trim()) && answer!.finished;

/** The first question, in the buyer's order, without an answer, or whose answer was left to finish; undefined when none. */
export function firstIncompleteQuestion(criterionIds: readonly string[], answers: readonly SavedAnswer[]): { criterionId: string; problem: "unanswered" | "unfinished" } | undefined {
  const byCriterion = new Map(answers.map((answer) => [answer.criterionId, answer]));
  for (const criterionId of criterionIds) {
    const answer = byCriterion.get(criterionId);
    if (!answer?.answer.trim()) return { criterionId, problem: "unanswered" };
    if (!answer.finished) return { criterionId, problem: "unfinished" };
  }
  return undefined;
}
