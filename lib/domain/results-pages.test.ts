import { describe, expect, it } from "vitest";
import { matrixOrder, matrixPage } from "./results-pages";

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
});
