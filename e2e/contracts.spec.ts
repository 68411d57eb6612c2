import { expect, test, type Page } from "@playwright/test";
import { chooseLanguage, expectAccessible, hydrated, signIn } from "./support";

// After the award. The demo has Caerwen's laptops contract (CCC-2025-007, Greenbyte) in its second year with year 1
// reported, and the cloud backup service (CCC-2026-019) awarded to Blue Cloud with no contract yet.
test.describe.configure({ mode: "serial" });

const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64");
const officer = "officer@caerwen.example";
const specialist = "specialist@caerwen.example";
let backupContract = "";
let laptopsContract = "";
let filePath = "";

/** Today in the UK as the date fields take it: day, month, year. */
function todayParts(): [string, string, string] {
  const [day, month, year] = new Date().toLocaleDateString("en-GB", { timeZone: "Europe/London" }).split("/");
  return [String(Number(day)), String(Number(month)), year];
}

async function asEnglish<T>(page: Page, email: string, back: string, run: () => Promise<T>): Promise<T> {
  await signIn(page, email);
  await chooseLanguage(page, "en", back);
  return run();
}

test("the officer makes the contract from the award: refused dates first, then the KPIs carried from the bid", async ({ page }) => {
  await asEnglish(page, officer, "/assessments", async () => {
    try {
      await page.getByRole("link", { name: "Cloud backup service" }).first().click();
      await page.getByTestId("make-contract").click();
      await hydrated(page);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Make the contract");
      await expect(page.getByText("Awarded to Blue Cloud Ltd on 16 November 2026.", { exact: false })).toBeVisible();
      await page.getByRole("button", { name: "Make the contract" }).click();
      const summary = page.locator(".govuk-error-summary");
      await expect(summary).toContainText("Enter the start date");
      await expect(summary).toContainText("Enter the end date");
      await expect(summary).toContainText("Enter the total value in pounds");

      const fill = async (prefix: "start" | "end", [day, month, year]: string[]) => {
        await page.locator(`[name=${prefix}Day]`).fill(day);
        await page.locator(`[name=${prefix}Month]`).fill(month);
        await page.locator(`[name=${prefix}Year]`).fill(year);
      };
      await fill("start", ["1", "11", "2026"]);
      await fill("end", ["31", "3", "2030"]);
      await page.getByLabel("Total value, in pounds").fill("£180,000");
      await page.getByRole("button", { name: "Make the contract" }).click();
      await expect(summary).toContainText("Start date must be on or after the day the contract was awarded");
      await expect(page.getByLabel("Total value, in pounds")).toHaveValue("£180,000");

      await fill("start", todayParts());
      await page.getByRole("button", { name: "Make the contract" }).click();
      await expect(page.getByText("Contract made. Its KPIs and targets are below")).toBeVisible();
      backupContract = new URL(page.url()).pathname;
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cloud backup service");
      const emissions = page.getByTestId("kpi-contract-emissions");
      // 120,000 kWh on the UK grid and 30,000 kWh in Ireland, declared in the bid: the baseline, then 10 % a year off it.
      await expect(emissions).toContainText(/Baseline: [\d.,]+ tCO2e, from the bid's declared service footprint/);
      await expect(page.getByTestId("kpi-reused-recycled-share")).toContainText("Baseline: 85%, from the bid's evidence");
      await expectAccessible(page);

      // Making it again from the same award goes to the contract.
      await page.goto("/assessments");
      await page.getByRole("link", { name: "Cloud backup service" }).first().click();
      await expect(page.getByTestId("view-contract")).toBeVisible();
    } finally {
      await chooseLanguage(page, "cy", "/dashboard");
    }
  });
});

test("the supplier files a year's report: a missed target must be explained, then a reference and a receipt", async ({ page }) => {
  await signIn(page, "admin@greenbyte.example");
  await page.goto("/contracts");
  await page.getByRole("link", { name: /Managed laptops for council staff/ }).click();
  laptopsContract = new URL(page.url()).pathname;
  await expect(page.getByTestId("kpi-contract-emissions")).toContainText("On track");
  await page.getByRole("link", { name: "Start the year 2 report" }).click();
  await hydrated(page);
  await page.getByLabel("Scope 1: direct emissions").fill("1.5");
  await page.getByLabel("Scope 2: purchased electricity and heat (location-based)").fill("twelve");
  await page.getByLabel("New devices supplied").fill("2.5");
  await page.getByRole("button", { name: "Save as a draft" }).click();
  const summary = page.locator(".govuk-error-summary");
  await expect(summary).toContainText("Enter a number, like 12.5");
  await expect(summary).toContainText("Enter a whole number of items");
  await expect(page.getByLabel("Scope 1: direct emissions")).toHaveValue("1.5");

  await page.getByLabel("Scope 2: purchased electricity and heat (location-based)").fill("11");
  await page.getByLabel("Category 1: purchased goods and services").fill("14");
  await page.getByLabel("New devices supplied").fill("90");
  await page.getByLabel("Refurbished or remanufactured devices supplied").fill("10");
  await page.locator("[name=electricityRegion1]").selectOption("GB");
  await page.getByLabel("Electricity, kWh in the year").first().fill("51,000");
  await page.getByRole("button", { name: "Save as a draft" }).click();
  await expect(page.getByText("Your report has been saved as a draft")).toBeVisible();

  // 1.5 + 11 + 14 = 26.5 t against 24.582 t, and 10 of 100 refurbished (10 %) against 25 %: both to explain.
  await page.getByRole("button", { name: "Save and check before submitting" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your year 2 report");
  const table = page.getByTestId("kpi-year");
  await expect(table).toContainText("26.5 tCO2e");
  await expect(table).toContainText("Off track");
  await expect(page.locator(".govuk-error-summary")).toContainText("Explain why Contract emissions misses its target before submitting");
  await expect(page.getByRole("button", { name: "Submit the report" })).toHaveCount(0);
  await page.getByRole("link", { name: "Change the figures" }).click();
  await hydrated(page);
  await page.getByLabel("Why Contract emissions misses its target").fill("A second office moved onto the service in June.");
  await page.getByLabel("Why Refurbished or remanufactured devices misses its target").fill("Refurbished stock ran short in the autumn.");
  await page.getByRole("button", { name: "Save and check before submitting" }).click();
  await page.getByRole("link", { name: "Add or remove evidence files (0)" }).click();
  await hydrated(page);
  await page.getByRole("button", { name: "Upload the file" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("Choose a file to upload");
  await page.getByLabel("Choose a file").setInputFiles({ name: "meter-readings.png", mimeType: "image/png", buffer: png });
  await page.getByRole("button", { name: "Upload the file" }).click();
  await expect(page.getByText("File added")).toBeVisible();
  await expect(page.getByTestId("report-files")).toContainText("meter-readings.png");
  await page.getByRole("link", { name: "Back to the report" }).first().click();
  await page.getByRole("button", { name: "Save and check before submitting" }).click();
  await expect(page.getByTestId("report-files")).toContainText("meter-readings.png");
  await page.getByRole("button", { name: "Submit the report" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Report submitted");
  await expect(page.getByTestId("report-reference")).toHaveText(/^CCC-2025-007-Y2-[A-Z2-9]{6}$/);
  await expect(page.getByTestId("report-receipt")).toHaveText(/^[0-9a-f]{64}$/);
  await expectAccessible(page);
});

test.describe("in Welsh without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("Blue Cloud reports on the new contract in Welsh; its figures come back when refused", async ({ page }) => {
    expect(backupContract).not.toBe("");
    await signIn(page, "admin@cwmwlglas.example");
    await chooseLanguage(page, "cy", backupContract);
    await expect(page.getByRole("heading", { level: 2, name: "Dangosyddion perfformiad allweddol" })).toBeVisible();
    await page.getByRole("link", { name: "Dechrau adroddiad blwyddyn 1" }).click();
    await page.getByLabel("Cwmpas 2: trydan a gwres a brynwyd (yn seiliedig ar leoliad)").fill("-4");
    await page.getByLabel("Dyfeisiau newydd a gyflenwyd").fill("12");
    await page.getByRole("button", { name: "Cadw fel drafft" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("Rhowch rif sy’n 0 neu fwy");
    await expect(page.getByLabel("Dyfeisiau newydd a gyflenwyd")).toHaveValue("12");
    await page.getByLabel("Cwmpas 2: trydan a gwres a brynwyd (yn seiliedig ar leoliad)").fill("8");
    await page.getByRole("button", { name: "Cadw a gwirio cyn cyflwyno" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Gwiriwch eich adroddiad blwyddyn 1");
    // Year 1's target is 10 % below the bid's footprint; 8 t is well within it.
    await expect(page.getByTestId("kpi-year")).toContainText("Ar y trywydd iawn");
    await page.getByRole("button", { name: "Cyflwyno’r adroddiad" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Adroddiad wedi’i gyflwyno");
    await expect(page.getByTestId("report-reference")).toHaveText(/^CCC-2026-019-Y1-/);
  });
});

test("the specialist marks a KPI off track with a reason; the supplier and the officer see it", async ({ page, browser }) => {
  expect(laptopsContract).not.toBe("");
  await asEnglish(page, specialist, laptopsContract, async () => {
    try {
      await page.goto("/dashboard");
      await expect(page.getByTestId("contract-work")).toContainText("Review the year 1 report on CCC-2025-007: 5 KPIs to review");
      await page.getByRole("link", { name: "Review the year 2 report on CCC-2025-007: 6 KPIs to review" }).click();
      const file = page.getByTestId("report-files").getByRole("link", { name: "meter-readings.png" });
      filePath = (await file.getAttribute("href"))!;
      const download = await page.request.get(filePath);
      expect(download.status()).toBe(200);
      expect(download.headers()["content-type"]).toBe("image/png");
      await page.getByRole("link", { name: "Review Refurbished or remanufactured devices" }).click();
      await hydrated(page);
      await expect(page.getByText("From the figures: Off track")).toBeVisible();
      await page.getByRole("button", { name: "Save the review" }).click();
      await expect(page.locator(".govuk-error-summary")).toContainText("Choose whether you agree with the figure or query it");
      await page.getByLabel("Query it").check();
      await page.getByLabel("Off track").check();
      await page.getByLabel("Your reasons").fill("10 % against the 25 % committed: ask for a recovery plan by March.");
      await page.getByRole("button", { name: "Save the review" }).click();
      await expect(page.getByText("Review saved")).toBeVisible();
      await expect(page.getByTestId("review-refurbished-share")).toHaveText("Queried: 10 % against the 25 % committed: ask for a recovery plan by March.");
      await expectAccessible(page);
    } finally {
      await chooseLanguage(page, "cy", "/dashboard");
    }
  });
  const supplier = await browser.newPage({ baseURL: new URL(page.url()).origin });
  await signIn(supplier, "admin@greenbyte.example");
  await supplier.goto(laptopsContract);
  await expect(supplier.getByTestId("kpi-refurbished-share")).toContainText("Queried: 10 % against the 25 % committed");
  await supplier.close();
});

test("the organisation report shows the totals, the trend and the share refurbished, and its files download", async ({ page }) => {
  await asEnglish(page, "admin@caerwen.example", "/contracts/sustainable-ict-report?year=2025", async () => {
    try {
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sustainable ICT report 2025–26");
      // Year 1 of the laptops contract (1 April 2025 to 31 March 2026) reported 26.2 t, the whole reporting year.
      await expect(page.getByTestId("footprint-total")).toHaveText("26.2 tCO2e");
      await expect(page.getByTestId("trend")).toContainText("2025–26");
      await expect(page.getByTestId("refurbished")).toContainText("28% of 250 devices supplied");
      await expect(page.getByTestId("end-of-life")).toContainText("Sent to landfill");
      await expect(page.getByTestId("trend-chart").locator("svg[role=img]").first()).toHaveAttribute("aria-label", /2025–26: 26\.2 tonnes CO2e reported, 0 tonnes estimated/);
      await expectAccessible(page);
      for (const [format, type] of [["csv", "text/csv"], ["xlsx", "spreadsheetml"], ["odt", "opendocument.text"]] as const) {
        const response = await page.request.get(`/contracts/sustainable-ict-report/2025/${format}`);
        expect(response.status(), format).toBe(200);
        expect(response.headers()["content-type"]).toContain(type);
        expect(response.headers()["content-disposition"]).toContain(`sustainable-ict-report-2025-26.${format}`);
      }
      const csv = await (await page.request.get("/contracts/sustainable-ict-report/2025/csv")).text();
      expect(csv).toContain("Ôl troed TGCh, cyfanswm / ICT footprint, total\",,26.2,tCO2e");

      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto("/contracts/sustainable-ict-report?year=2026");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sustainable ICT report 2026–27");
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    } finally {
      await chooseLanguage(page, "cy", "/dashboard");
    }
  });
});

test("another council and another supplier find no contract, report or download: 404", async ({ page }) => {
  expect(laptopsContract).not.toBe("");
  await signIn(page, "officer@northshire.example");
  expect((await page.goto(laptopsContract))?.status()).toBe(404);
  expect((await page.goto(`${laptopsContract}/reports/1`))?.status()).toBe(404);
  expect((await page.goto(`${laptopsContract}/targets`))?.status()).toBe(404);
  await page.goto("/contracts/sustainable-ict-report?year=2025");
  await expect(page.getByTestId("footprint-total")).toHaveText("0 tCO2e");
  await page.goto("/contracts");
  await expect(page.getByTestId("no-contracts")).toBeVisible();

  expect((await page.request.get(`${laptopsContract}/reports/2/files/${filePath.split("/").pop()}`)).status()).toBe(404);
  await page.context().clearCookies();
  await signIn(page, "admin@hafodsystems.example");
  expect((await page.request.get(filePath)).status()).toBe(404);
  expect((await page.goto(laptopsContract))?.status()).toBe(404);
  expect((await page.goto(`${laptopsContract}/reports/2`))?.status()).toBe(404);
  expect((await page.request.get("/contracts/sustainable-ict-report/2025/csv")).status()).toBe(404);
  expect((await page.goto("/contracts/sustainable-ict-report"))?.status()).toBe(404);
});
