import { expect, test } from "@playwright/test";
import { expectAccessible, hydrated, signIn } from "./support";
import { assessmentId, english } from "./supplier-support";

// The declaration covers what the check answers page showed. Blue Cloud's response to "Managed desktops and
// hosting" is never complete, which does not matter: a changed response is refused before anything else is checked.

test("a response changed after its check answers page was shown is not submitted, and the admin is sent back to check", async ({ browser }) => {
  const context = await browser.newContext();
  const admin = await context.newPage();
  await signIn(admin, "admin@cwmwlglas.example");
  const managed = assessmentId("CCC-2026-031");
  await english(admin, `/responses/${managed}/check`);
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Check your answers before submitting your response");

  // Meanwhile, in another tab, the first answer changes.
  const colleague = await context.newPage();
  await colleague.goto(`/responses/${managed}`);
  await colleague.getByTestId("task-list").getByRole("link").first().click();
  await expect(colleague.locator(".govuk-caption-l")).toHaveText(/^Question 1 of \d+$/);
  await hydrated(colleague);
  await colleague.locator("#answer").fill("A change made after the admin opened the check answers page.");
  await colleague.getByRole("button", { name: "Save and add another file" }).click();
  await expect(colleague.getByText("Answer saved")).toBeVisible();

  await admin.getByLabel(/I confirm, on behalf of Blue Cloud Ltd/).check();
  await admin.getByRole("button", { name: "Submit response" }).click();
  const summary = admin.locator(".govuk-error-summary");
  await expect(summary).toContainText("Your response changed since you checked it");
  await expect(admin.getByLabel(/I confirm/)).not.toBeChecked();
  await expectAccessible(admin);
  await summary.getByRole("link", { name: /Your response changed since you checked it/ }).click();
  await expect(admin).toHaveURL(new RegExp(`/responses/${managed}/check$`));
  await expect(admin.locator("main")).toContainText("A change made after the admin opened the check answers page.");
  await expect(admin.locator(".govuk-error-summary")).toHaveCount(0);
  await context.close();
});
