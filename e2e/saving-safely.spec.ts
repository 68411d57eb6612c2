import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signIn } from "./support";

// What someone typed survives an expired session.

async function typeAnAssessmentThenLoseTheSession(page: Page) {
  await signIn(page, "officer@northshire.example");
  await page.goto("/assessments/new");
  await page.getByLabel("Title", { exact: true }).fill("Managed print service");
  await page.getByLabel("Reference", { exact: true }).fill("NS-PRINT-7");
  await page.context().clearCookies();
  await page.getByRole("button", { name: "Create assessment" }).click();
  const summary = page.locator(".govuk-error-summary");
  await expect(summary).toContainText("You have been signed out");
  await expect(summary.getByRole("link", { name: /You have been signed out/ })).toHaveAttribute("href", "/signin");
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Managed print service");
  await expect(page.getByLabel("Reference", { exact: true })).toHaveValue("NS-PRINT-7");
  await expectAccessible(page);
}

test.describe("saving safely", () => {
  test("a form sent after the session ended comes back as typed, with a way to sign in again", async ({ page }) => {
    await typeAnAssessmentThenLoseTheSession(page);
  });
});
