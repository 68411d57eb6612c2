import { describe, expect, it } from "vitest";
import { parseCsv, xmlProblems } from "./read-back";

// The readers check the writers, so they are checked too: each must be able to fail.
describe("the test readers", () => {
  it("find badly formed XML", () => {
    expect(xmlProblems('<?xml version="1.0"?><a x="1"><b/>text</a>')).toEqual([]);
    expect(xmlProblems("<a><b></a>")).not.toEqual([]);
    expect(xmlProblems("<a>fish & chips</a>")).toEqual(['unescaped "&" at 3']);
    expect(xmlProblems("<a>1 < 2</a>")).not.toEqual([]);
    expect(xmlProblems("<a>")).toEqual(["unclosed: a"]);
  });

  it("parse RFC 4180 CSV and refuse broken quoting", () => {
    expect(parseCsv('a,"b ""c"", d"\r\n"x\r\ny",\r\n')).toEqual([["a", 'b "c", d'], ["x\r\ny", ""]]);
    expect(() => parseCsv('a,b"c\r\n')).toThrow();
    expect(() => parseCsv('"open\r\n')).toThrow();
  });
});
