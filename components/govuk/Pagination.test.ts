import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Pagination } from "./Pagination";

describe("pagination", () => {
  it("marks the pages left out with an ellipsis, as GOV.UK's component does", () => {
    const html = renderToStaticMarkup(
      createElement(Pagination, { label: "Pages", page: 6, pages: 12, hrefOf: (page: number) => `?page=${page}`, words: { previous: "Previous", next: "Next", page: (number: number) => `Page ${number}` } }),
    );
    const items = [...html.matchAll(/<li class="govuk-pagination__item[^"]*">(.*?)<\/li>/g)].map((match) => match[1].replace(/<[^>]+>/g, ""));
    expect(items).toEqual(["1", "⋯", "5", "6", "7", "⋯", "12"]);
  });
});
