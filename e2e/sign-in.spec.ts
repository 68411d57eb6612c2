import { expect, test } from "@playwright/test";
import { expectAccessible, signIn, signOut, watchConsole } from "./support";

test.describe("signing in and out", () => {
  test("the start page says what the service does and offers to start", async ({ page }) => {
    const errors = watchConsole(page);
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Assess ICT suppliers' sustainability");
    await expect(page.getByText("Greening Government ICT business rules")).toBeVisible();
    await expect(page.locator("body")).toHaveClass(/govuk-frontend-supported/);
    await expectAccessible(page);
    await page.getByRole("button", { name: "Start now" }).click();
    await expect(page).toHaveURL(/\/signin$/);
    await expectAccessible(page);
    expect(errors).toEqual([]);
  });

  test("a right password reaches the dashboard for the role; sign out ends the session", async ({ page }) => {
    await signIn(page, "officer@northshire.example");
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("heading", { name: "Your assessments" })).toBeVisible();
    await expect(page.getByText("Northshire Council")).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Sign out" }).click();
    await expectAccessible(page);
    await signOut(page);
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fdashboard$/);
  });

  test("a wrong password gets one error that does not say which was wrong", async ({ page }) => {
    await signIn(page, "officer@northshire.example", "not-the-password");
    const summary = page.locator(".govuk-error-summary");
    await expect(summary).toContainText("Enter a correct email address and password");
    await expect(page.locator("#email-error")).toContainText("Enter a correct email address and password");
    await expectAccessible(page);
    await signIn(page, "nobody@nowhere.example", "not-the-password");
    await expect(summary).toContainText("Enter a correct email address and password");
  });

  test("after five failures the account is locked for 15 minutes, even with the right password", async ({ page }) => {
    // A client address of its own, so that this test's failures do not lock the other tests out.
    await page.setExtraHTTPHeaders({ "x-forwarded-for": "203.0.113.7" });
    for (let attempt = 1; attempt <= 5; attempt++) {
      await signIn(page, "specialist@northshire.example", `wrong-${attempt}`);
      await expect(page.locator(".govuk-error-summary")).toContainText("Enter a correct email address and password");
    }
    await signIn(page, "specialist@northshire.example");
    await expect(page.locator(".govuk-error-summary")).toContainText(/You have tried to sign in too many times\. Try again after \d{1,2}:\d{2}/);
    await expectAccessible(page);
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/signin/);
  });

  test("a signed-in page redirects back there after signing in", async ({ page }) => {
    await page.goto("/members");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fmembers$/);
    await page.getByLabel("Email address").fill("admin@northshire.example");
    await page.getByLabel("Password").fill("Demo-password-2026");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/members$/);
  });
});

test.describe("without JavaScript", () => {
  // axe needs JavaScript in the page, so these pages are checked by the tests above instead.
  test.use({ javaScriptEnabled: false });

  test("signing in, a wrong password and signing out work as plain HTML forms", async ({ page }) => {
    await signIn(page, "admin@cwmwlglas.example", "wrong-password");
    await expect(page.locator(".govuk-error-summary")).toContainText(/Enter a correct email address and password|Rhowch gyfeiriad e-bost a chyfrinair cywir/);
    await signIn(page, "admin@cwmwlglas.example");
    await expect(page).toHaveURL(/\/dashboard$/);
    // This supplier's admin prefers Welsh: signing in switched the service to it.
    await expect(page.locator("html")).toHaveAttribute("lang", "cy");
    await expect(page.getByRole("heading", { name: "Gwahoddiadau i ymateb" })).toBeVisible();
    await signOut(page);
  });
});
