import { describe, expect, it } from "vitest";
import { assessmentListQuery } from "./lifecycle";

describe("searching the list of assessments", () => {
  it("keeps a very long search to its first 200 characters rather than dropping it and listing everything", () => {
    const long = `Cloud ${"x".repeat(500)}`;
    expect(assessmentListQuery.parse({ q: long }).q).toBe(long.slice(0, 200));
    expect(assessmentListQuery.parse({ q: "  Printers " }).q).toBe("Printers");
    expect(assessmentListQuery.parse({ q: { in: ["a"] } }).q).toBe("");
  });
});
