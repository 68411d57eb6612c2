import { describe, expect, it } from "vitest";
import { apiLanguage, problemOf } from "./problems";

describe("API problems", () => {
  it("answers in Welsh when Accept-Language prefers it, and in English otherwise", () => {
    expect(apiLanguage("cy")).toBe("cy");
    expect(apiLanguage("cy-GB,cy;q=0.9,en;q=0.8")).toBe("cy");
    expect(apiLanguage("en-GB,en;q=0.9,cy;q=0.8")).toBe("en");
    expect(apiLanguage("en;q=0.5, cy;q=0.7")).toBe("cy");
    expect(apiLanguage("fr, de")).toBe("en");
    expect(apiLanguage(null)).toBe("en");
    expect(apiLanguage("cy;q=abc")).toBe("en");
  });

  it("gives each kind a stable type and its status", () => {
    expect(problemOf("not-found", { en: "No such assessment.", cy: "Nid oes asesiad o’r fath." }, "cy")).toEqual({
      type: "/api/v1/problems/not-found",
      title: "Heb ei ganfod",
      status: 404,
      detail: "Nid oes asesiad o’r fath.",
    });
  });
});
