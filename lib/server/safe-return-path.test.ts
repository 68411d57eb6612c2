import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-return-path";

describe("return paths", () => {
  it("keeps a path on this site", () => {
    expect(safeReturnPath("/members?x=1", "/dashboard")).toBe("/members?x=1");
  });
  it("refuses other sites and odd forms", () => {
    for (const value of ["https://evil.example", "//evil.example", "/\\evil.example", "/\t/evil.example", "/\n/evil.example", "javascript:alert(1)", "", undefined]) {
      expect(safeReturnPath(value, "/dashboard")).toBe("/dashboard");
    }
  });
});
