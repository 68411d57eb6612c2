import { describe, expect, it } from "vitest";
import { sourcesOf } from "./welsh-sources";
import { welshToUpdate } from "./welsh-to-update";

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
});
