import { describe, expect, it } from "vitest";
import { resultsFixture } from "./fixtures";
import { withCriterionTitles } from "./readable-reasons";

describe("reasons as a person reads them", () => {
  it("names a criterion by its title, in each language, where the rules engine gave its id", () => {
    const readable = withCriterionTitles(resultsFixture);
    const reasons = readable.incomplete[0].reasons[0];
    expect(reasons.en).toBe("The evaluators' scores for “Modern slavery compliance and assessment” differ by more than the threshold and have not been moderated yet.");
    expect(reasons.cy).toContain("ar gyfer “Cydymffurfio ac asesu o ran caethwasiaeth fodern” yn amrywio");
  });

  it("names the evaluators whose scores are missing, where the rules engine gave their ids", () => {
    const data = { ...resultsFixture, incomplete: [{ supplierId: "s", supplierName: "S", reasons: [{ en: "Scores for br3.2020.modern-slavery are missing from: cmx4m4a6u0001io7dysocssbq.", cy: "Mae sgorau ar goll gan: cmx4m4a6u0001io7dysocssbq." }] }] };
    const readable = withCriterionTitles(data, { cmx4m4a6u0001io7dysocssbq: "Gareth Morgan" }).incomplete[0].reasons[0];
    expect(readable).toEqual({ en: "Scores for “Modern slavery compliance and assessment” are missing from: Gareth Morgan.", cy: "Mae sgorau ar goll gan: Gareth Morgan." });
  });

  it("leaves other text alone, even text that starts like an id", () => {
    const data = { ...resultsFixture, excluded: [{ supplierId: "s", supplierName: "S", reasons: [{ en: "See br1.2020.net-zero-commitment-extra and x", cy: "dim" }] }] };
    expect(withCriterionTitles(data).excluded[0].reasons[0].en).toBe("See br1.2020.net-zero-commitment-extra and x");
  });
});
