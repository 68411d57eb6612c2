import { describe, expect, it } from "vitest";
import { openForResponses, workWaiting, type DashboardAssessment } from "./work-waiting";

const assessment = (id: string, overrides: Partial<DashboardAssessment>): DashboardAssessment => ({
  id, title: { en: id, cy: "" }, reference: id.toUpperCase(), status: "open", responseDeadline: new Date("2027-01-01T12:00:00Z"),
  invited: 3, started: 1, submitted: 1, openComments: 0, unansweredQuestions: 0, evaluator: true, scoredByMe: 0, ...overrides,
});

describe("the work waiting on a buyer's dashboard", () => {
  it("puts scoring first, then questions, decisions and drafts, the soonest deadline first within each", () => {
    const list = [
      assessment("draft", { status: "draft", openComments: 2 }),
      assessment("late-scoring", { status: "closed", submitted: 3, scoredByMe: 1, responseDeadline: new Date("2026-11-20T12:00:00Z") }),
      assessment("questions", { status: "open", unansweredQuestions: 2 }),
      assessment("scored", { status: "closed", submitted: 2, scoredByMe: 2 }),
      assessment("early-scoring", { status: "closed", submitted: 1, scoredByMe: 0, responseDeadline: new Date("2026-11-10T12:00:00Z") }),
      assessment("awarded", { status: "awarded", submitted: 2 }),
    ];
    expect(workWaiting("procurement-officer", list).map((work) => [work.kind, work.assessment.id])).toEqual([
      ["score", "early-scoring"],
      ["score", "late-scoring"],
      ["answer-questions", "questions"],
      ["record-outcome", "scored"],
      ["finish-draft", "draft"],
    ]);
    expect(workWaiting("procurement-officer", list).find((work) => work.assessment.id === "late-scoring")).toMatchObject({ toScore: 2 });
  });

  it("gives a specialist only what they have a part in: drafts to review and tenders to score, never questions or decisions", () => {
    const list = [
      assessment("review", { status: "draft", openComments: 1 }),
      assessment("not-mine", { status: "draft", evaluator: false }),
      assessment("score", { status: "closed", submitted: 2, scoredByMe: 0 }),
      assessment("not-mine-closed", { status: "closed", submitted: 2, evaluator: false }),
      assessment("questions", { status: "open", unansweredQuestions: 4 }),
    ];
    expect(workWaiting("sustainability-specialist", list).map((work) => [work.kind, work.assessment.id])).toEqual([
      ["score", "score"],
      ["review-draft", "review"],
    ]);
  });

  it("lists what is open for responses, soonest first", () => {
    const list = [assessment("later", { responseDeadline: new Date("2027-03-01T12:00:00Z") }), assessment("closed", { status: "closed" }), assessment("sooner", {})];
    expect(openForResponses(list).map((a) => a.id)).toEqual(["sooner", "later"]);
  });
});
