import { expect, test } from "@playwright/test";
import { chooseLanguage, expectAccessible, signIn, signOut } from "./support";

test.describe("English and Welsh", () => {
  test("the switch turns every part of the page to Welsh and back, and is remembered when signed out", async ({ page }) => {
    await page.goto("/accessibility");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByRole("button", { name: "Cymraeg", exact: true }).click();
    await expect(page).toHaveURL(/\/accessibility$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "cy");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Datganiad hygyrchedd");
    await expect(page.getByRole("link", { name: "Neidio i’r prif gynnwys" })).toBeAttached();
    await expect(page.getByRole("link", { name: "Hysbysiad preifatrwydd" })).toBeVisible();
    await expectAccessible(page);

    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Asesu cynaliadwyedd cyflenwyr TGCh");
    await page.goto("/signin");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mewngofnodi");
    await expectAccessible(page);

    await page.getByRole("button", { name: "English", exact: true }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
  });

  test("a signed-in person's choice is saved to their profile and comes back at the next sign-in", async ({ page, context }) => {
    await signIn(page, "specialist@caerwen.example");
    await expect(page.locator("html")).toHaveAttribute("lang", "cy");
    await expect(page.getByRole("heading", { name: "Asesiadau y gofynnwyd i chi eu hadolygu" })).toBeVisible();
    await page.getByRole("button", { name: "English", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Assessments you are asked to review" })).toBeVisible();
    await signOut(page);
    // A new browser with no language cookie: the profile decides.
    await context.clearCookies();
    await signIn(page, "specialist@caerwen.example");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByRole("button", { name: "Cymraeg", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Asesiadau y gofynnwyd i chi eu hadolygu" })).toBeVisible();
    await expectAccessible(page);
  });

  test("the pages that need no sign-in exist in Welsh and pass axe", async ({ page }) => {
    await chooseLanguage(page, "cy", "/cookies");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cwcis");
    await expectAccessible(page);
    await page.goto("/privacy");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hysbysiad preifatrwydd");
    await expectAccessible(page);
    await page.goto("/no-such-page");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Heb ddod o hyd i’r dudalen");
    await expectAccessible(page);
  });
});
