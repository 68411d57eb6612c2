import { describe, expect, it } from "vitest";
import { matrixOrder, matrixPage, matrixRule, rankingPage } from "./results-pages";

describe("the results matrix, page by page", () => {
  it("shows ten suppliers a page, and the first page for anything else asked", () => {
    expect(matrixPage(undefined, 300)).toEqual({ page: 1, pages: 30, from: 0, to: 10 });
    expect(matrixPage("30", 300)).toEqual({ page: 30, pages: 30, from: 290, to: 300 });
    expect(matrixPage("4", 35)).toEqual({ page: 4, pages: 4, from: 30, to: 35 });
    for (const asked of ["0", "31", "-1", "2.5", "x", "1e3"]) expect(matrixPage(asked, 300).page).toBe(1);
    expect(matrixPage(undefined, 0)).toEqual({ page: 1, pages: 1, from: 0, to: 0 });
  });

  it("puts the ranked suppliers first, by rank, then the others in their order", () => {
    const suppliers = ["a", "b", "c", "d"].map((supplierId) => ({ supplierId }));
    expect(matrixOrder(suppliers, [{ supplierId: "c" }, { supplierId: "a" }]).map((s) => s.supplierId)).toEqual(["c", "a", "b", "d"]);
  });

  it("shows the ranking 25 suppliers a page", () => {
    expect(rankingPage(undefined, 300)).toEqual({ page: 1, pages: 12, from: 0, to: 25 });
    expect(rankingPage("12", 300)).toEqual({ page: 12, pages: 12, from: 275, to: 300 });
    expect(rankingPage("2", 50)).toEqual({ page: 2, pages: 2, from: 25, to: 50 });
    expect(rankingPage("3", 50).page).toBe(1);
  });

  it("shows the criteria of one business rule at a time: the one asked for, or the first the assessment uses", () => {
    expect(matrixRule("BR2", ["BR1", "BR2", "BR3"])).toBe("BR2");
    expect(matrixRule(undefined, ["BR1", "BR2"])).toBe("BR1");
    expect(matrixRule("OUTCOME", ["BR2", "BR3"])).toBe("BR2");
    expect(matrixRule("<script>", ["OTHER"])).toBe("OTHER");
    expect(matrixRule("BR1", [])).toBeNull();
  });
});
