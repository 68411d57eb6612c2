import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-return-path";

const fallback = "/dashboard";

describe("return paths", () => {
  it("keeps a path on this site, with its query and fragment", () => {
    expect(safeReturnPath("/members?x=1", fallback)).toBe("/members?x=1");
    expect(safeReturnPath("/assessments/abc/results#ranking", fallback)).toBe("/assessments/abc/results#ranking");
    expect(safeReturnPath("/", fallback)).toBe("/");
  });

  it("normalises steps up to a path that is still on this site", () => {
    expect(safeReturnPath("/assessments/../members", fallback)).toBe("/members");
    expect(safeReturnPath("/a/%2e%2e/members", fallback)).toBe("/members");
  });

  const payloads = [
    "https://evil.example",
    "http://evil.example/dashboard",
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "\\/evil.example",
    "/..//evil.example",
    "/.%2e//evil.example",
    "/%2e%2e//evil.example",
    "/%2F%2Fevil.example",
    "/%2f/evil.example",
    "/%5Cevil.example",
    "/%5C%5Cevil.example",
    "%2F%2Fevil.example",
    "%2f%2fevil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "\t//evil.example",
    " //evil.example",
    "/%09/evil.example",
    "/%0a/evil.example",
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "http://[",
    "/%E0%A4%A",
    "evil.example",
    "",
    "/" + "a".repeat(3000),
  ];

  it.each(payloads)("refuses %j", (payload) => {
    expect(safeReturnPath(payload, fallback)).toBe(fallback);
  });

  it("refuses what is not a string", () => {
    for (const value of [undefined, null, 42, ["/members"], { toString: () => "/members" }]) expect(safeReturnPath(value, fallback)).toBe(fallback);
  });

  it("never answers with something a browser reads as another host", () => {
    for (const payload of payloads) {
      const result = safeReturnPath(payload, "/");
      expect(new URL(result, "https://this.example").origin).toBe("https://this.example");
    }
  });

  describe("with an origin (next-auth's redirect callback)", () => {
    const origin = "http://localhost:3000";
    it("turns an absolute address on this origin into its path", () => {
      expect(safeReturnPath("http://localhost:3000/after-signin?next=%2Fmembers", "/", { origin })).toBe("/after-signin?next=%2Fmembers");
    });
    it("refuses other origins, malformed addresses and payloads hidden in this origin's paths", () => {
      for (const value of ["http://localhost:3001/", "https://localhost:3000/", "http://localhost:3000.evil.example/", "http://[", "http://localhost:3000//evil.example", "http://localhost:3000/..//evil.example", ...payloads]) {
        expect(safeReturnPath(value, "/", { origin })).toBe("/");
      }
    });
  });
});
