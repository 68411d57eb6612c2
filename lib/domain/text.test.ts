import { describe, expect, it } from "vitest";
import { withNames, withoutDirectionOverrides } from "./text";

describe("text a person reads", () => {
  it("names criteria, evaluators and suppliers where the engine gave their ids, only where an id is a whole word", () => {
    const names = new Map([
      ["br1.2020.net-zero-commitment", "“Commitment to net zero”"],
      ["br1.2020.net-zero", "“Net zero”"],
      ["cmx4g95fq00015z7dgvc1r3hg", "Siân Prydderch"],
      ["cmx4g95fy00035z7da32t0ijc", "Gareth Morgan"],
    ]);
    expect(withNames("Scores for br1.2020.net-zero-commitment are missing from: cmx4g95fq00015z7dgvc1r3hg, cmx4g95fy00035z7da32t0ijc.", names)).toBe(
      "Scores for “Commitment to net zero” are missing from: Siân Prydderch, Gareth Morgan.",
    );
    expect(withNames("See br1.2020.net-zero and xbr1.2020.net-zero-commitment.", names)).toBe("See “Net zero” and xbr1.2020.net-zero-commitment.");
    expect(withNames("Nothing to name.", new Map())).toBe("Nothing to name.");
  });

  it("drops the characters that reverse typed text", () => {
    expect(withoutDirectionOverrides("a\u202Eb\u2066c\u2069")).toBe("abc");
  });
});
