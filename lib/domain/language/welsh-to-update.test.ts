import { describe, expect, it } from "vitest";
import { sourcesOf } from "./welsh-sources";
import { welshPublicationProblems, welshToUpdate } from "./welsh-to-update";

const title = { en: "Cloud hosting", cy: "Lletya cwmwl" };
const question = { en: "Describe your net-zero commitment.", cy: "Disgrifiwch eich ymrwymiad sero net." };

describe("Welsh the officer needs to update", () => {
  it("lists Welsh written from English that changed since, and Welsh not yet written", () => {
    const list = welshToUpdate({
      languages: "en+cy",
      fields: { title: { en: "Cloud hosting for council services", cy: title.cy }, description: { en: "Five years of hosting.", cy: "" } },
      sources: sourcesOf({ title }),
      criteria: [{ id: "c1", fields: { question: { en: "Describe your commitment to net zero.", cy: question.cy }, guidance: { en: "", cy: "" } }, sources: sourcesOf({ question }) }],
    });
    expect(list).toEqual([
      { criterionId: null, field: "title", state: "stale" },
      { criterionId: null, field: "description", state: "missing" },
      { criterionId: "c1", field: "question", state: "stale" },
    ]);
  });

  it("lists nothing when the Welsh is up to date, or the assessment is in English only", () => {
    const part = { fields: { title }, sources: sourcesOf({ title }) };
    expect(welshToUpdate({ languages: "cy", ...part, criteria: [{ id: "c1", fields: { question }, sources: sourcesOf({ question }) }] })).toEqual([]);
    expect(welshToUpdate({ languages: "en", fields: { title: { en: "Changed", cy: "" } }, sources: null, criteria: [] })).toEqual([]);
  });

  it("refuses publication while any Welsh is missing or out of date, with one message in both languages", () => {
    const assessment = (titleCy: string, questionCy: string) => ({
      languages: "en+cy" as const,
      fields: { title: { en: "Cloud hosting", cy: titleCy } },
      sources: null,
      criteria: [{ id: "c1", fields: { question: { en: "Describe it.", cy: questionCy } }, sources: null }],
    });
    const problems = welshPublicationProblems(welshToUpdate(assessment("", "")));
    expect(problems.map((problem) => [problem.code, problem.params])).toEqual([["PUBLISH.WELSH_TO_UPDATE", { fields: 2 }]]);
    expect(problems[0].message.en).toMatch(/^Update the Welsh listed under “Welsh to update”/);
    expect(problems[0].message.cy).toMatch(/^Diweddarwch y Gymraeg a restrir o dan “Cymraeg i’w diweddaru”/);
    expect(welshPublicationProblems(welshToUpdate(assessment("Lletya cwmwl", "")))[0].params).toEqual({ fields: 1 });
    // Stale Welsh counts too: written from English that has changed since.
    const stale = { ...assessment("Lletya cwmwl", "Disgrifiwch ef."), sources: sourcesOf({ title: { en: "Cloud", cy: "Lletya cwmwl" } }) };
    expect(welshPublicationProblems(welshToUpdate(stale))[0].params).toEqual({ fields: 1 });
    expect(welshPublicationProblems(welshToUpdate(assessment("Lletya cwmwl", "Disgrifiwch ef.")))).toEqual([]);
    expect(welshPublicationProblems(welshToUpdate({ ...assessment("", ""), languages: "en" }))).toEqual([]);
  });
});
