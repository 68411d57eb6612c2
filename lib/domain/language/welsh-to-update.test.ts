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

  it("refuses publication only for the assessment's own missing Welsh title or description, with a message in both languages", () => {
    const assessment = (titleCy: string, descriptionCy: string) => ({
      languages: "en+cy" as const,
      fields: { title: { en: "Cloud hosting", cy: titleCy }, description: { en: "Five years of hosting.", cy: descriptionCy } },
      sources: null,
      criteria: [{ id: "c1", fields: { question: { en: "Describe it.", cy: "" } }, sources: null }],
    });
    const problems = welshPublicationProblems(welshToUpdate(assessment("", "")));
    expect(problems.map((problem) => problem.code)).toEqual(["PUBLISH.WELSH_TITLE_MISSING", "PUBLISH.WELSH_DESCRIPTION_MISSING"]);
    expect(problems[0].message.en).toMatch(/^Enter the title in Welsh/);
    expect(problems[0].message.cy).toMatch(/^Rhowch y teitl yn Gymraeg/);
    // A criterion without Welsh, or Welsh gone out of date, is listed for the officer but does not block.
    expect(welshPublicationProblems(welshToUpdate(assessment("Lletya cwmwl", "Pum mlynedd o letya.")))).toEqual([]);
    expect(welshPublicationProblems(welshToUpdate({ ...assessment("", ""), languages: "en" }))).toEqual([]);
  });
});
