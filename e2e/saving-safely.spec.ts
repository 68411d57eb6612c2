import { expect, test, type Page } from "@playwright/test";
import { decode, encode } from "next-auth/jwt";
import { expectAccessible, signIn } from "./support";

// What someone typed survives the end of their session: cookies gone, or the idle limit passed while they typed.

const secret = "e2e-only-secret-not-used-anywhere-else";
const idleSeconds = Number(process.env.SESSION_IDLE_TIMEOUT_SECONDS ?? 1200);
const sessionCookie = "next-auth.session-token";

async function typeAnAssessmentThen(page: Page, endTheSession: () => Promise<void>) {
  await signIn(page, "officer@northshire.example");
  await page.goto("/assessments/new");
  await page.getByLabel("Title", { exact: true }).fill("Managed print service");
  await page.getByLabel("Reference", { exact: true }).fill("NS-PRINT-7");
  await endTheSession();
  await page.getByRole("button", { name: "Create assessment" }).click();
  const summary = page.locator(".govuk-error-summary");
  await expect(summary).toContainText("You have been signed out");
  await expect(summary.getByRole("link", { name: /You have been signed out/ })).toHaveAttribute("href", "/signin");
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Managed print service");
  await expect(page.getByLabel("Reference", { exact: true })).toHaveValue("NS-PRINT-7");
  await expectAccessible(page);
}

test.describe("saving safely", () => {
  test("a form sent after the session's cookies were lost comes back as typed, with a way to sign in again", async ({ page }) => {
    await typeAnAssessmentThen(page, () => page.context().clearCookies());
  });

  test("a form sent after the idle limit passed comes back as typed, with a way to sign in again", async ({ page }) => {
    await typeAnAssessmentThen(page, async () => {
      const cookie = (await page.context().cookies()).find((candidate) => candidate.name === sessionCookie)!;
      const live = (await decode({ token: cookie.value, secret }))!;
      const idle = await encode({ token: { ...live, lastSeenAt: Math.floor(Date.now() / 1000) - idleSeconds - 60 }, secret, maxAge: 8 * 60 * 60 });
      await page.context().addCookies([{ ...cookie, value: idle }]);
    });
  });
});
