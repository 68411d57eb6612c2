import { expect, test, type Page } from "@playwright/test";
import { chooseLanguage, expectAccessible, signIn, signOut } from "./support";

test.describe("API tokens", () => {
  test("an admin makes a read token, shown once, which reads the council's assessments through the API until revoked", async ({ page }) => {
    await signIn(page, "admin@caerwen.example");
    // In English, then back to the Welsh this council's people start with.
    await chooseLanguage(page, "en", "/organisation");
    try {
      await makeReadAndRevoke(page);
    } finally {
      await chooseLanguage(page, "cy", "/organisation");
    }
  });

  async function makeReadAndRevoke(page: Page) {
    await page.getByRole("link", { name: "API tokens for your organisation’s own systems" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("API tokens");
    await expectAccessible(page);

    await page.getByRole("button", { name: "Create an API token" }).click();
    await page.getByRole("button", { name: "Create token" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("Enter a name for the token");
    await expect(page.locator(".govuk-error-summary")).toContainText("Select what the token may do");
    await expectAccessible(page);
    await page.getByLabel("Name").fill("Tender dashboard");
    await page.getByLabel("Read", { exact: true }).check();
    await page.getByLabel("30 days").check();
    await page.getByRole("button", { name: "Create token" }).click();

    await expect(page.getByRole("heading", { name: "API token created" })).toBeVisible();
    const token = (await page.getByTestId("api-token").textContent())!.trim();
    expect(token).toMatch(/^sict_[\w-]{43}$/);
    // Never in the address (history, logs, Referer).
    expect(page.url()).not.toContain(token);
    await expectAccessible(page);

    // The token reads this council's assessments, and only with the token: a session cookie is no way in.
    const listed = await page.request.get("/api/v1/assessments", { headers: { Authorization: `Bearer ${token}` } });
    expect(listed.status()).toBe(200);
    const titles = ((await listed.json()) as { items: { title: { en: string } }[] }).items.map((item) => item.title.en);
    expect(titles).toContain("Cloud hosting for council services");
    // Only Caerwen's: none of another council's.
    const northshire = await page.request.get("/api/v1/assessments?limit=100", { headers: { Authorization: `Bearer ${token}` } });
    expect(JSON.stringify(await northshire.json())).not.toContain("Northshire");
    expect((await page.request.get("/api/v1/assessments")).status()).toBe(401);

    await page.getByRole("link", { name: "Go back to API tokens" }).click();
    const table = page.getByTestId("api-tokens");
    await expect(table).toContainText("Tender dashboard");
    await expect(table).toContainText(`…${token.slice(-4)}`);
    await expect(table).not.toContainText(token);
    await page.getByRole("link", { name: "Revoke Tender dashboard" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Revoke the API token ‘Tender dashboard’?");
    await page.getByRole("button", { name: "Revoke token" }).click();
    await expect(page.getByText("API token revoked")).toBeVisible();
    await expect(table).toContainText("Revoked");
    const refused = await page.request.get("/api/v1/assessments", { headers: { Authorization: `Bearer ${token}`, "Accept-Language": "cy" } });
    expect(refused.status()).toBe(401);
    expect(await refused.json()).toMatchObject({ type: "/api/v1/problems/unauthorised", detail: "Mae’r tocyn API wedi’i ddirymu." });
  }

  test("in Welsh and without JavaScript; other councils and other roles find nothing", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page, "admin@northshire.example");
    await chooseLanguage(page, "cy", "/organisation/api-tokens/new");
    try {
      await page.getByRole("button", { name: "Creu tocyn" }).click();
      await expect(page.locator(".govuk-error-summary")).toContainText("Rhowch enw ar gyfer y tocyn");
      await page.getByLabel("Enw").fill("Cyfres e-gaffael");
      await page.getByLabel("Darllen ac ysgrifennu").check();
      await page.getByRole("button", { name: "Creu tocyn" }).click();
      await expect(page.getByRole("heading", { name: "Tocyn API wedi’i greu" })).toBeVisible();
      await page.getByRole("link", { name: "Mynd yn ôl i’r tocynnau API" }).click();
      await expect(page.getByTestId("api-tokens")).toContainText("Darllen ac ysgrifennu");
      const revokeHref = (await page.getByRole("link", { name: "Dirymu Cyfres e-gaffael" }).getAttribute("href"))!;
      await signOut(page);

      for (const email of ["admin@caerwen.example", "officer@northshire.example", "admin@greenbyte.example"]) {
        await signIn(page, email);
        for (const path of [revokeHref, "/organisation/api-tokens/created?token=" + revokeHref.split("/")[3]]) {
          expect((await page.request.get(path)).status(), `${email} ${path}`).toBe(404);
        }
        await signOut(page);
      }
    } finally {
      await signIn(page, "admin@northshire.example");
      await chooseLanguage(page, "en", "/organisation");
      await context.close();
    }
  });
});
