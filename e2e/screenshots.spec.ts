import { expect, test } from "@playwright/test";
import { chooseLanguage, signIn, signOut } from "./support";
import { assessmentId } from "./supplier-support";

// Pictures of the main pages at a desktop and a phone width, kept with the test results for review: each page is
// checked not to scroll sideways at the phone width as it is taken.
const widths = [1280, 375] as const;

async function capture(page: import("@playwright/test").Page, name: string) {
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/screenshots/${name}-${width}.png`, fullPage: true });
    if (width === 375) expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} at 375 px`).toBeLessThanOrEqual(375);
  }
}

test("the officer's and the specialist's main pages at 1280 and 375 px", async ({ page }) => {
  const example = assessmentId("CCC-2026-014");
  await signIn(page, "officer@caerwen.example");
  for (const [name, path] of [
    ["officer-dashboard", "/dashboard"],
    ["assessments", "/assessments"],
    ["assessment", `/assessments/${example}`],
    ["results", `/assessments/${example}/results`],
    ["scoring", `/assessments/${example}/scoring`],
  ] as const) {
    await chooseLanguage(page, "en", path);
    await capture(page, name);
  }
  await chooseLanguage(page, "cy", `/assessments/${example}/results`);
  await capture(page, "results-cymraeg");
  await chooseLanguage(page, "en", "/dashboard");
  await signOut(page);

  // The specialist reads in Welsh (the language of their profile, which later specs rely on).
  await signIn(page, "specialist@caerwen.example");
  await chooseLanguage(page, "cy", `/assessments/${example}`);
  await page.locator("table.govuk-table a.govuk-link").first().click();
  await capture(page, "criterion-for-specialist-cymraeg");
  await signOut(page);
});

test("the supplier's main pages at 1280 and 375 px", async ({ page }) => {
  await signIn(page, "admin@greenbyte.example");
  for (const [name, path] of [
    ["supplier-dashboard", "/dashboard"],
    ["evidence-profile", "/evidence"],
    ["evidence-profile-form", "/evidence/change"],
    ["responses", "/responses"],
  ] as const) {
    await chooseLanguage(page, "en", path);
    await capture(page, name);
  }
  await signOut(page);
});
