import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signIn, signOut } from "./support";

async function invite(page: Page, email: string, role: string) {
  await page.goto("/members");
  await page.getByRole("button", { name: "Invite a member" }).click();
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel(role).check();
  await page.getByRole("button", { name: "Create invitation" }).click();
  await expect(page.getByRole("heading", { name: "Invitation created" })).toBeVisible();
  const link = (await page.getByTestId("invitation-link").textContent())!.trim();
  // The single-use link is shown here, but never travels in the page's address (history, logs, Referer).
  expect(page.url()).not.toContain(link.split("/invitation/")[1]);
  return link;
}

test.describe("managing members", () => {
  test("an admin invites a specialist, who sets a password once and signs in; then changes the role and removes them", async ({ page }) => {
    await signIn(page, "admin@northshire.example");
    await page.goto("/members");
    await expect(page.getByRole("table", { name: "People in your organisation" })).toContainText("Priya Shah");
    await expectAccessible(page);

    await page.getByRole("button", { name: "Invite a member" }).click();
    await page.getByRole("button", { name: "Create invitation" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("Enter an email address");
    await expect(page.locator(".govuk-error-summary")).toContainText("Select a role");
    await expectAccessible(page);
    await page.getByLabel("Email address").fill("not an address");
    await page.getByLabel("Sustainability specialist").check();
    await page.getByRole("button", { name: "Create invitation" }).click();
    await expect(page.locator("#email-error")).toContainText("Enter an email address in the correct format");
    await expect(page.getByLabel("Email address")).toHaveValue("not an address");
    await expect(page.getByLabel("Sustainability specialist")).toBeChecked();

    const link = await invite(page, "dana.new@northshire.example", "Sustainability specialist");
    expect(link).toMatch(/\/invitation\/[\w-]+$/);
    await expectAccessible(page);
    await page.goto("/members");
    await expect(page.getByRole("table", { name: "Invitations not yet accepted" })).toContainText("dana.new@northshire.example");
    await signOut(page);

    await page.goto(new URL(link).pathname);
    await expect(page.getByText("Northshire Council has invited you to join as Sustainability specialist")).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("Full name").fill("Dana New");
    await page.getByLabel("Create a password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("Password must be at least 12 characters");
    await expect(page.locator(".govuk-error-summary")).toContainText("Confirm your password");
    await expect(page.getByLabel("Full name")).toHaveValue("Dana New");
    await page.getByLabel("Create a password").fill("a long enough passphrase");
    await page.getByLabel("Confirm password").fill("a long enough passphrase");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("Your account has been created")).toBeVisible();
    await signIn(page, "dana.new@northshire.example", "a long enough passphrase");
    await expect(page.getByRole("heading", { name: "Assessments you are asked to review" })).toBeVisible();
    await signOut(page);

    // The link works once.
    await page.goto(new URL(link).pathname);
    await expect(page.getByRole("heading", { name: "This invitation link cannot be used" })).toBeVisible();

    await signIn(page, "admin@northshire.example");
    await page.goto("/members");
    await page.getByRole("link", { name: "Change Dana New" }).click();
    await expectAccessible(page);
    await page.getByLabel("Procurement officer").check();
    await page.getByRole("button", { name: "Save role" }).click();
    await expect(page.getByText("Dana New's role has been changed")).toBeVisible();
    await expect(page.getByRole("row", { name: /Dana New/ })).toContainText("Procurement officer");

    await page.getByRole("link", { name: "Change Dana New" }).click();
    await page.getByRole("link", { name: "Remove Dana New" }).click();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Remove" }).click();
    await expect(page.getByText("Dana New has been removed")).toBeVisible();
    await expect(page.getByRole("table", { name: "People in your organisation" })).not.toContainText("Dana New");
  });

  test("the last admin cannot remove themself or give up the admin role", async ({ page }) => {
    await signIn(page, "admin@caerwen.example");
    await page.getByRole("button", { name: "English", exact: true }).click();
    await page.goto("/members");
    await page.getByRole("link", { name: /Change Elin Hughes/ }).click();
    await page.getByLabel("Procurement officer").check();
    await page.getByRole("button", { name: "Save role" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("You are the only admin");
    await expectAccessible(page);
    await page.getByRole("link", { name: "Remove yourself", exact: true }).click();
    await page.getByRole("button", { name: "Remove" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("You are the only admin");
    await page.goto("/members");
    await expect(page.getByRole("row", { name: /Elin Hughes/ })).toContainText("Organisation admin");
  });

  test("another organisation's member pages answer 404, and people who are not admins get 404 too", async ({ page, request }) => {
    await signIn(page, "admin@caerwen.example");
    await page.goto("/members");
    const href = await page.getByRole("link", { name: /Change Siân Prydderch/ }).getAttribute("href");
    await signOut(page);

    await signIn(page, "admin@northshire.example");
    for (const path of [href!, `${href}/remove`]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    }
    await expectAccessible(page);
    await signOut(page);

    await signIn(page, "officer@northshire.example");
    expect((await page.goto("/members"))?.status()).toBe(404);
    expect((await page.goto("/members/invite"))?.status()).toBe(404);
    await signOut(page);
    expect(request).toBeTruthy();
  });
});

test.describe("managing members without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an invitation with a mistake keeps what was typed, then goes through", async ({ page }) => {
    await signIn(page, "admin@greenbyte.example");
    await page.goto("/members/invite");
    await page.getByLabel("Email address").fill("colleague@greenbyte");
    await page.getByLabel("Supplier contributor").check();
    await page.getByRole("button", { name: "Create invitation" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("Enter an email address in the correct format");
    await expect(page.getByLabel("Email address")).toHaveValue("colleague@greenbyte");
    await expect(page.getByLabel("Supplier contributor")).toBeChecked();
    await page.getByLabel("Email address").fill("colleague@greenbyte.example");
    await page.getByRole("button", { name: "Create invitation" }).click();
    await expect(page.getByRole("heading", { name: "Invitation created" })).toBeVisible();
    await expect(page.getByTestId("invitation-link")).toContainText("/invitation/");
  });
});
