import { describe, expect, it } from "vitest";
import awaitingReview from "./awaiting-review.json";
import { catalogues } from "./catalogue";

const { en, cy } = catalogues;

type Tree = { [key: string]: unknown };

function leaves(tree: unknown, prefix = ""): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof tree === "string") {
    found.set(prefix, tree);
  } else if (tree && typeof tree === "object") {
    for (const [key, value] of Object.entries(tree as Tree)) {
      for (const [path, text] of leaves(value, prefix ? `${prefix}.${key}` : key)) found.set(path, text);
    }
  }
  return found;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}|<(\w+)>/g)].map((match) => match[1] ?? match[2]).sort();

describe("message catalogues", () => {
  const english = leaves(en);
  const welsh = leaves(cy);

  it("has a Welsh string for every English one", () => {
    const missing = [...english.keys()].filter((key) => !welsh.has(key));
    expect(missing).toEqual([]);
  });

  it("has no Welsh string that English lacks", () => {
    expect([...welsh.keys()].filter((key) => !english.has(key))).toEqual([]);
  });

  it("uses the same placeholders in both languages", () => {
    const mismatched = [...english].filter(([key, text]) => JSON.stringify(placeholders(text)) !== JSON.stringify(placeholders(welsh.get(key) ?? "")));
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });

  it("leaves no Welsh string empty or copied from English, apart from names that are the same in both", () => {
    const sameInBoth = new Set(["layout.phase", "layout.language.en", "layout.language.cy", "contracts.list.contract", "contracts.contract.caption"]);
    const suspicious = [...english].filter(([key, text]) => !sameInBoth.has(key) && (welsh.get(key) === text || !welsh.get(key)?.trim()));
    expect(suspicious.map(([key]) => key)).toEqual([]);
  });

  it("lists only strings that exist as awaiting review", () => {
    const unknown = awaitingReview.messages.filter((key) => ![...welsh.keys()].some((path) => path === key || path.startsWith(`${key}.`)));
    expect(unknown).toEqual([]);
  });
});
