import { expect, test, type Page } from "@playwright/test";
import { waitForMail } from "./mailbox";
import { chooseLanguage, expectAccessible, signIn, signOut } from "./support";

// The seeded example (Caerwen County Council, a Welsh buyer): Greenbyte leads, Blue Cloud (Cwmwl Glas Cyf) was
// moderated on its second criterion, Hafod did not meet the Carbon Reduction Plan condition.
test.describe.configure({ mode: "serial" });

let results = "";
const summaryOf: Record<string, string> = {};

async function openExampleResults(page: Page) {
  await signIn(page, "officer@caerwen.example");
  await chooseLanguage(page, "en", "/assessments");
  await page.getByRole("link", { name: "Cloud hosting for council services" }).first().click();
  await page.getByRole("link", { name: "See the results" }).click();
  results = new URL(page.url()).pathname;
}

test("every assessed supplier's summary is linked from the results, a disregarded one too, and explains scores in the evaluators' words", async ({ page }) => {
  await openExampleResults(page);
  for (const name of ["Greenbyte Hosting Ltd", "Blue Cloud Ltd", "Hafod Systems Ltd"]) {
    summaryOf[name] = (await page.getByRole("link", { name: `Summary ${name}` }).getAttribute("href"))!;
  }
  await page.getByRole("link", { name: "Summary Hafod Systems Ltd" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Assessment summary: Hafod Systems Ltd");
  await expect(page.getByTestId("standing")).toHaveText(/did not meet the condition below, so it was disregarded and not assessed further/);
  await expect(page.getByTestId("standing-reasons")).toContainText("Scope 3 category 7");
  await expect(page.getByTestId("legal-basis")).toContainText("regulation 32 of the Procurement (Wales) Regulations 2024");
  await expect(page.getByTestId("most-advantageous")).toContainText("The tender from Greenbyte Hosting Ltd, with a total score of");
  await expect(page.getByTestId("release-status")).toContainText("Not released yet");
  await expect(page.getByRole("main")).not.toContainText(/exclu/i);
  await expectAccessible(page);

  await page.goto(summaryOf["Blue Cloud Ltd"]);
  const own = page.getByTestId("own-scores");
  await expect(own).toContainText("Agreed at moderation: Strategies exist but adaptation is not yet costed");
  await expect(own).toContainText("Scored against the descriptors and the evidence submitted.");
  await expect(own.getByRole("table").nth(1)).toContainText(/Total\s*\d+\.\d\d\s*100/);
  await expect(page.getByTestId("pre-score-evidence")).toContainText("supporting evidence only");
  await expect(page.locator(".govuk-summary-list")).toContainText("Contactadmin@cwmwlglas.example");
});

test("nothing is shown to a supplier before release; the officer releases after a confirmation", async ({ page }) => {
  const assessment = results.replace(/\/results$/, "").replace("/assessments/", "");
  await signIn(page, "admin@cwmwlglas.example");
  expect((await page.goto(`/responses/${assessment}/summary`))?.status()).toBe(404);
  expect((await page.request.get(`/responses/${assessment}/summary/summary.docx`)).status()).toBe(404);
  await page.goto(`/responses/${assessment}`);
  await expect(page.getByTestId("summary-released")).toHaveCount(0);
  await signOut(page);

  await openExampleResults(page);
  await page.getByRole("link", { name: "Release the assessment summaries" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Release the assessment summaries");
  await expect(page.getByTestId("release-suppliers")).toContainText("Hafod Systems Ltd");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Release the summaries" }).click();
  await expect(page.getByText("Assessment summaries released. Each supplier can now see its own.")).toBeVisible();
  await expect(page.getByTestId("summaries-release")).toContainText("Released to suppliers on");
  await expect(page.getByRole("link", { name: "Release the assessment summaries" })).toHaveCount(0);
  expect((await page.goto(`${results}/release`))?.status()).toBe(200);
  await expect(page.getByText("The assessment summaries have already been released.")).toBeVisible();
  // Every supplier that submitted a tender is told, in its people's languages: a Welsh message by the Welsh title.
  for (const address of ["admin@cwmwlglas.example", "admin@hafodsystems.example"]) {
    const mail = await waitForMail(address, "summary-released", "CCC-2026-014");
    expect(mail.text).toContain(mail.language === "cy" ? "Lletya cwmwl ar gyfer gwasanaethau’r cyngor" : "Cloud hosting for council services");
    expect(mail.subject).toMatch(mail.language === "cy" ? /^Mae eich crynodeb asesu ar gael: / : /^Your assessment summary is available: /);
  }
});

test("after release a supplier reads and downloads only its own summary, in Welsh", async ({ page }) => {
  const assessment = results.replace(/\/results$/, "").replace("/assessments/", "");
  await signIn(page, "admin@cwmwlglas.example");
  await chooseLanguage(page, "cy", `/responses/${assessment}`);
  await expect(page.getByTestId("summary-released")).toContainText("Mae’r prynwr wedi rhyddhau eich crynodeb asesu.");
  await page.getByRole("link", { name: "Darllen eich crynodeb asesu" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Eich crynodeb asesu: /);
  await expect(page.getByTestId("legal-basis")).toContainText("rheoliad 32 o Reoliadau Caffael (Cymru) 2024");
  await expect(page.getByRole("main")).toContainText("Cwmwl Glas Cyf");
  await expect(page.getByTestId("standing")).toContainText("Roedd eich tendr yn safle 2");
  await expect(page.getByTestId("own-scores")).toContainText("Cytunwyd arno wrth gymedroli: Strategies exist but adaptation is not yet costed");
  await expect(page.getByTestId("most-advantageous")).toContainText("Greenbyte Hosting Ltd");
  await expect(page.getByRole("main")).not.toContainText("Hafod");
  await expectAccessible(page);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Eich crynodeb fel dogfen Word (.docx)" }).click();
  expect((await download).suggestedFilename()).toBe("CCC-2026-014 crynodeb asesu - Cwmwl Glas Cyf (Cymraeg a Saesneg).docx");

  // Another supplier's summary, by the buyer's addresses: not found.
  const hafod = summaryOf["Hafod Systems Ltd"];
  const hafodId = hafod.split("/").pop()!;
  expect((await page.goto(hafod))?.status()).toBe(404);
  expect((await page.request.get(`/assessments/${assessment}/export/summary-${hafodId}.docx`)).status()).toBe(404);
  await signOut(page);

  // The disregarded supplier reads its own, told in its language that its tender was disregarded.
  await signIn(page, "admin@hafodsystems.example");
  await chooseLanguage(page, "en", `/responses/${assessment}/summary`);
  await expect(page.getByTestId("standing")).toContainText("so it was disregarded");
  await expect(page.getByRole("main")).not.toContainText("Cwmwl Glas");
  await expect(page.getByRole("main")).not.toContainText("Blue Cloud");
  // Another buyer organisation's officer finds none of it.
  await signOut(page);
  await signIn(page, "officer@northshire.example");
  expect((await page.goto(summaryOf["Blue Cloud Ltd"]))?.status()).toBe(404);
  expect((await page.goto(`${results}/release`))?.status()).toBe(404);
});
