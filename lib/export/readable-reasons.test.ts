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

  it("leaves other text alone, even text that starts like an id", () => {
    const data = { ...resultsFixture, excluded: [{ supplierId: "s", supplierName: "S", reasons: [{ en: "See br1.2020.net-zero-commitment-extra and x", cy: "dim" }] }] };
    expect(withCriterionTitles(data).excluded[0].reasons[0].en).toBe("See br1.2020.net-zero-commitment-extra and x");
  });
});
