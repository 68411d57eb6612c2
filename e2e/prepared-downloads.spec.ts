import { expect, test, type Page } from "@playwright/test";
import { chooseLanguage, expectAccessible, signIn } from "./support";

// A results document of a large tender takes seconds to write, so it is prepared in the background: the officer asks
// for it, watches its progress on a page that is drawn afresh in place (with JavaScript) or looks again when asked
// (without), and downloads it when ready. Nobody else can reach it.

/** Signs the officer in, in the language given (a person's language is kept with their account), and opens the seeded tender. */
async function openSeededTender(page: Page, language: "en" | "cy") {
  await signIn(page, "officer@caerwen.example");
  const before = (await page.locator("html").getAttribute("lang")) === "cy" ? "cy" : "en";
  await chooseLanguage(page, language, "/assessments");
  await page.getByRole("link", { name: language === "en" ? "Cloud hosting for council services" : "Lletya cwmwl ar gyfer gwasanaethau’r cyngor" }).first().click();
  return { tender: page.url(), restoreLanguage: () => chooseLanguage(page, before, "/assessments") };
}

test("a results document is prepared in the background, its progress shown until it downloads", async ({ page, browser }) => {
  const { tender, restoreLanguage } = await openSeededTender(page, "en");
  try {
    // The old address of a results document leads to where it is prepared.
    await page.goto(`${tender}/export/results.docx`);
    expect(page.url()).toBe(`${tender}#exports`);

    await page.getByRole("button", { name: "Prepare the results as a Word document (.docx)" }).click();
    await expect(page).toHaveURL(/\/downloads\/[a-z0-9]+$/);
    const progress = page.url();
    await expect(page.getByTestId("prepared-file-what")).toHaveText("Results as a Word document");
    await expect(page.locator(".govuk-caption-l")).toHaveText("Cloud hosting for council services (CCC-2026-014)");
    // Waiting or under way, then ready: the page is drawn afresh in place, and its status line says so.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Preparing your download|Your download is ready/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your download is ready", { timeout: 60_000 });
    await expect(page.getByRole("status")).toHaveText("Your download is ready");
    await expect(page).toHaveTitle(/^Your download is ready/);
    await expectAccessible(page);
    const download = page.waitForEvent("download");
    await page.getByTestId("prepared-file-download").click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("CCC-2026-014 canlyniadau (Cymraeg a Saesneg).docx");
    await expect(page.getByTestId("prepared-file-download")).toContainText(/\(\d+ KB\)|\(\d+\.\d MB\)/);

    // Listed with the assessment's downloads.
    await page.goto(tender);
    await expect(page.getByTestId("prepared-files")).toContainText("Results as a Word document Ready");

    // Someone else in the same council, and another council's officer, get 404 for the page and the file.
    for (const email of ["admin@caerwen.example", "officer@northshire.example"]) {
      const context = await browser.newContext();
      const other = await context.newPage();
      await signIn(other, email);
      expect((await other.request.get(progress)).status(), email).toBe(404);
      expect((await other.request.get(`${progress}/file`)).status(), email).toBe(404);
      await context.close();
    }
  } finally {
    // The language is kept with the account: later specs find it as it was.
    await restoreLanguage();
  }
});

test.describe("without JavaScript, in Welsh", () => {
  test.use({ javaScriptEnabled: false });

  test("the progress page looks again when asked and the spreadsheet downloads", async ({ page }) => {
    const { restoreLanguage } = await openSeededTender(page, "cy");
    try {
      await page.getByRole("button", { name: "Paratoi’r canlyniadau fel taenlen (.xlsx)" }).click();
      await expect(page).toHaveURL(/\/downloads\/[a-z0-9]+$/);
      await expect(page.getByTestId("prepared-file-what")).toHaveText("Canlyniadau fel taenlen");
      // Nothing reloads by itself (WCAG 2.2.1): "Gwirio nawr" looks again until the file is ready.
      const heading = page.getByRole("heading", { level: 1 });
      for (let look = 0; look < 60 && (await heading.textContent()) !== "Mae eich lawrlwythiad yn barod"; look += 1) {
        await expect(page.getByTestId("prepared-file-steps")).toBeVisible();
        await page.waitForTimeout(1000);
        await page.getByRole("link", { name: "Gwirio nawr" }).click();
      }
      await expect(heading).toHaveText("Mae eich lawrlwythiad yn barod");
      const response = await page.request.get(`${page.url()}/file`);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-disposition"]).toMatch(/attachment; filename="CCC-2026-014 .*\.xlsx"/);
      expect((await response.body()).subarray(0, 2).toString()).toBe("PK");
    } finally {
      // The language is kept with the account: later specs find it as it was.
      await restoreLanguage();
    }
  });
});
