import { expect, test, type Page } from "@playwright/test";
import { chooseLanguage, expectAccessible, signIn, signOut } from "./support";
import { assessmentId } from "./supplier-support";

// At 375 px wide (a small phone) no page scrolls sideways: a wide table scrolls inside its own region, which keyboard
// users can reach (WCAG 1.4.10 reflow). In English and Welsh, whose words are often longer.
test.use({ viewport: { width: 375, height: 812 } });

async function expectNoSidewaysScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `page width at 375 px on ${page.url()}`).toBeLessThanOrEqual(375);
}

test("the officer's list, results and assessment pages fit a 375 px screen, their tables scrolling in place", async ({ page }) => {
  const example = assessmentId("CCC-2026-014");
  await signIn(page, "officer@caerwen.example");
  for (const language of ["en", "cy"] as const) {
    for (const path of ["/assessments", `/assessments/${example}`, `/assessments/${example}/results`]) {
      await chooseLanguage(page, language, path);
      await expectNoSidewaysScroll(page);
    }
  }
  await chooseLanguage(page, "en", `/assessments/${example}/results`);
  const ranking = page.getByRole("region", { name: "Ranking" });
  await expect(ranking.getByRole("table")).toBeVisible();
  // The region takes keyboard focus, so its table can be scrolled without a mouse.
  await ranking.focus();
  await expect(ranking).toBeFocused();
  // The chart reflows: every name and total is text at the page's size, inside the screen.
  const chart = page.getByTestId("totals-chart");
  await expect(chart.getByRole("listitem").first()).toContainText("Greenbyte Hosting Ltd");
  for (const size of await chart.locator(".app-bar-chart__label, .app-bar-chart__value").evaluateAll((texts) => texts.map((text) => parseFloat(getComputedStyle(text).fontSize)))) {
    expect(size).toBeGreaterThanOrEqual(16);
  }
  // Bars drawn to scale: the leader's is the longest, and every bar shows.
  const bars = await chart.locator("rect").evaluateAll((rects) => rects.map((rect) => rect.getBoundingClientRect().width));
  expect(bars[0]).toBeGreaterThan(100);
  expect(bars[0]).toBeGreaterThan(bars[bars.length - 1]);
  const box = await chart.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(375);
  await expectAccessible(page);
  await signOut(page);
});

test("the supplier's dashboard fits a 375 px screen", async ({ page }) => {
  await signIn(page, "admin@greenbyte.example");
  for (const language of ["en", "cy"] as const) {
    await chooseLanguage(page, language, "/dashboard");
    await expectNoSidewaysScroll(page);
  }
  await signOut(page);
});
