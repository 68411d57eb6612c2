import { expect, test, type Browser, type Page } from "@playwright/test";
import { decode, encode } from "next-auth/jwt";
import { demoPassword, expectAccessible, fillNewAssessment, signIn } from "./support";

// What someone typed survives the end of their session: cookies gone, or the idle limit passed while they typed.

const secret = "e2e-only-secret-not-used-anywhere-else";
const idleSeconds = Number(process.env.SESSION_IDLE_TIMEOUT_SECONDS ?? 1200);
const sessionCookie = "next-auth.session-token";

async function endedByIdleLimit(page: Page) {
  const cookie = (await page.context().cookies()).find((candidate) => candidate.name === sessionCookie)!;
  const live = (await decode({ token: cookie.value, secret }))!;
  const idle = await encode({ token: { ...live, lastSeenAt: Math.floor(Date.now() / 1000) - idleSeconds - 60 }, secret, maxAge: 8 * 60 * 60 });
  await page.context().addCookies([{ ...cookie, value: idle }]);
}

/** axe needs JavaScript: the page as served is checked again in a browser that has it. */
async function expectAccessibleWithJavaScript(browser: Browser, page: Page) {
  const html = await page.content();
  const context = await browser.newContext({ baseURL: new URL(page.url()).origin, javaScriptEnabled: true });
  const checking = await context.newPage();
  await checking.route("**/page-as-served", (route) => route.fulfill({ body: html, contentType: "text/html; charset=utf-8" }));
  await checking.goto("/page-as-served");
  await expectAccessible(checking);
  await context.close();
}

async function typeAnAssessmentThen(page: Page, endTheSession: () => Promise<void>) {
  await signIn(page, "officer@northshire.example");
  // Everything the browser checks is right, so the form reaches the service after the session has ended.
  await fillNewAssessment(page, "Managed print service", "NS-PRINT-7");
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
    await typeAnAssessmentThen(page, () => endedByIdleLimit(page));
  });
});

test.describe("saving safely without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a form sent after the idle limit gives back what was typed, then signing in returns to the form", async ({ page, browser }) => {
    await signIn(page, "officer@northshire.example");
    await page.goto("/assessments/new");
    await page.getByLabel("Title", { exact: true }).fill("Managed print service <b>2027</b>");
    await page.getByLabel("Reference", { exact: true }).fill("NS-PRINT-7");
    await endedByIdleLimit(page);
    await page.getByRole("button", { name: "Create assessment" }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("You have been signed out");
    await expect(page.getByRole("main")).toContainText("what you sent has not been saved");
    await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Managed print service <b>2027</b>");
    await expect(page.getByLabel("Reference", { exact: true })).toHaveValue("NS-PRINT-7");
    await expectAccessibleWithJavaScript(browser, page);
    // Nothing was created, and the session cookie is gone.
    expect((await page.context().cookies()).some((cookie) => cookie.name === sessionCookie)).toBe(false);

    await page.getByRole("button", { name: "Sign in again" }).click();
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fassessments%2Fnew&timedOut=1$/);
    await page.getByLabel("Email address").fill("officer@northshire.example");
    await page.getByLabel("Password").fill(demoPassword);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/assessments\/new$/);
    await page.goto("/assessments");
    await expect(page.getByRole("main")).not.toContainText("NS-PRINT-7");
  });

  test("in Welsh, an answer sent after the session's cookies were lost comes back to be copied", async ({ page, context }) => {
    await signIn(page, "officer@northshire.example");
    await page.goto("/assessments/new");
    await page.getByLabel("Title", { exact: true }).fill("Gwasanaeth argraffu");
    await context.clearCookies();
    await context.addCookies([{ name: "NEXT_LOCALE", value: "cy", url: new URL(page.url()).origin }]);
    await page.getByRole("button", { name: "Create assessment" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rydych wedi cael eich allgofnodi");
    await expect(page.getByLabel("Teitl", { exact: true })).toHaveValue("Gwasanaeth argraffu");
    await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  });
});
