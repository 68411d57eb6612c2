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

    // The scored example's results, as the results page gives them.
    const items = ((await listed.json()) as { items: { id: string; title: { en: string } }[] }).items;
    const example = items.find((item) => item.title.en === "Cloud hosting for council services")!;
    const results = await page.request.get(`/api/v1/assessments/${example.id}/results`, { headers: { Authorization: `Bearer ${token}` } });
    expect(results.status()).toBe(200);
    const body = (await results.json()) as { ranking: { supplierName: { en: string }; rank: number }[]; scores: { agreedScore: number | null }[] };
    expect(body.ranking[0]).toMatchObject({ rank: 1, supplierName: { en: "Greenbyte Hosting Ltd" } });
    expect(body.scores.some((score) => score.agreedScore !== null)).toBe(true);

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

  test("an officer publishes an assessment's tender criteria as open data, which anyone reads, then stops", async ({ page }) => {
    await signIn(page, "officer@caerwen.example");
    await chooseLanguage(page, "en", "/assessments");
    try {
      await page.getByRole("link", { name: "Cloud hosting for council services" }).first().click();
      const section = page.locator("#open-data");
      await expect(section).toContainText("never a response or a score");
      await section.getByRole("button", { name: "Publish as open data" }).click();
      await expect(page.getByText("Tender criteria published as open data")).toBeVisible();
      const feed = await page.request.get("/api/v1/ocds/releases");
      const pkg = (await feed.json()) as { releases: { tender: { title?: string; title_en?: string } }[] };
      expect(pkg.releases.map((r) => r.tender.title_en ?? r.tender.title)).toContain("Cloud hosting for council services");
      const csv = await (await page.request.get("/api/v1/ocds/releases.csv")).text();
      expect(csv).toContain("Cloud hosting for council services");
      expect(csv).not.toMatch(/Greenbyte|Blue Cloud/);
      await page.locator("#open-data").getByRole("button", { name: "Stop publishing as open data" }).click();
      await expect(page.getByText("Tender criteria no longer published as open data")).toBeVisible();
      expect(((await (await page.request.get("/api/v1/ocds/releases")).json()) as { releases: unknown[] }).releases).toHaveLength(0);
    } finally {
      await chooseLanguage(page, "cy", "/assessments");
    }
  });

  test("the API reference reads in English and Welsh, at any width", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto("/developers");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("The API");
    await expect(page.getByRole("heading", { name: "POST /api/v1/assessments", exact: true })).toBeVisible();
    await expectAccessible(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.getByRole("link", { name: "The API described in OpenAPI 3.1 (JSON)" }).click();
    expect(JSON.parse((await page.locator("body").textContent()) ?? "{}").openapi).toBe("3.1.0");
    await page.goto("/developers");
    await page.getByRole("button", { name: "Cymraeg", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Yr API");
    await expect(page.getByText("Asesiad drafft o’r fframwaith")).toBeVisible();
    // What each answer means, in Welsh too.
    await expect(page.getByRole("cell", { name: "Heb ei ganfod" }).first()).toBeVisible();
    await expect(page.getByText("A page of assessments")).toHaveCount(0);
    await expectAccessible(page);
  });
});
