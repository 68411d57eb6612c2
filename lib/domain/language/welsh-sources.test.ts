import { describe, expect, it } from "vitest";
import { englishFingerprint, parseWelshSources, sourcesOf, stampWelshSources, staleWelshFields } from "./welsh-sources";

const title = { en: "Commitment to net zero", cy: "Ymrwymiad i sero net" };

describe("Welsh written from English that changed since", () => {
  it("is not stale while the English is as it was when the Welsh was written", () => {
    const sources = sourcesOf({ title });
    expect(staleWelshFields({ title }, sources)).toEqual([]);
    expect(staleWelshFields({ title: { ...title, en: "  Commitment  to net zero " } }, sources)).toEqual([]);
  });

  it("is stale once the English changes and the Welsh is left as it was", () => {
    const before = { fields: { title }, sources: sourcesOf({ title }) };
    const after = { title: { en: "Commitment to net zero by 2040", cy: title.cy } };
    const sources = stampWelshSources(before, after, false);
    expect(staleWelshFields(after, sources)).toEqual(["title"]);
  });

  it("is up to date again when the Welsh is rewritten, or confirmed as still right", () => {
    const stale = { fields: { title: { en: "Commitment to net zero by 2040", cy: title.cy } }, sources: sourcesOf({ title }) };
    const rewritten = { title: { en: "Commitment to net zero by 2040", cy: "Ymrwymiad i sero net erbyn 2040" } };
    expect(staleWelshFields(rewritten, stampWelshSources(stale, rewritten, false))).toEqual([]);
    expect(staleWelshFields(stale.fields, stampWelshSources(stale, stale.fields, true))).toEqual([]);
    expect(staleWelshFields(stale.fields, stampWelshSources(stale, stale.fields, false))).toEqual(["title"]);
  });

  it("calls missing Welsh missing, not stale, and trusts Welsh whose source was never recorded", () => {
    expect(staleWelshFields({ title: { en: "Changed", cy: "" } }, { title: englishFingerprint("Old") })).toEqual([]);
    expect(staleWelshFields({ title }, null)).toEqual([]);
    const first = stampWelshSources({ fields: { title }, sources: null }, { title: { en: "New English", cy: title.cy } }, false);
    expect(staleWelshFields({ title: { en: "New English", cy: title.cy } }, first)).toEqual([]);
  });

  it("tells different English apart and reads only well-formed stored sources", () => {
    expect(englishFingerprint("a")).not.toBe(englishFingerprint("b"));
    expect(englishFingerprint("a")).toMatch(/^[0-9a-f]{14}$/);
    expect(parseWelshSources('{"title":"00ab","x":3}')).toEqual({ title: "00ab" });
    expect(parseWelshSources("not json")).toBeNull();
    expect(parseWelshSources("[1]")).toBeNull();
    expect(parseWelshSources(null)).toBeNull();
  });
});
