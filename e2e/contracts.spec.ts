import { expect, test, type Page } from "@playwright/test";
import { chooseLanguage, expectAccessible, hydrated, signIn } from "./support";

// After the award. The demo has Caerwen's laptops contract (CCC-2025-007, Greenbyte) in its second year with year 1
// reported; a print contract (CCC-2024-022, Greenbyte) ended with its year 2 report overdue; Wi-Fi for schools
// (CCC-2025-012, Blue Cloud) with its year 1 report overdue; and the cloud backup service (CCC-2026-019) awarded to
// Blue Cloud with no contract yet.
test.describe.configure({ mode: "serial" });

const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64");
const officer = "officer@caerwen.example";
const specialist = "specialist@caerwen.example";
let backupContract = "";
let laptopsContract = "";
let printContract = "";
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
      // Awarded Monday 16 November 2026: eight working days of standstill run to Wednesday 25 November.
      await expect(page.getByTestId("standstill")).toHaveText("The standstill period ends at the end of 25 November 2026: the contract can start the day after.");
      await fill("start", ["25", "11", "2026"]);
      await page.getByRole("button", { name: "Make the contract" }).click();
      await expect(summary).toContainText("Start date must be after the standstill period ends");

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

      await page.getByRole("link", { name: "Change targets" }).click();
      await hydrated(page);
      const firstTarget = page.locator("[name=target_contract-emissions_1]");
      await firstTarget.fill("abc");
      await page.getByRole("button", { name: "Save targets" }).click();
      await expect(summary).toContainText("Contract emissions target for year 1 must be a number, like 12.5");
      await expect(firstTarget).toHaveValue("abc");
      await firstTarget.fill("5");
      await page.getByRole("button", { name: "Save targets" }).click();
      await expect(page.getByText("Targets saved")).toBeVisible();
      await expect(page.getByTestId("kpi-contract-emissions")).toContainText("Targets set by the officer");

      // Making it again from the same award goes to the contract.
      await page.goto("/assessments");
      await page.getByRole("link", { name: "Cloud backup service" }).first().click();
      await expect(page.getByTestId("view-contract")).toBeVisible();
    } finally {
      await chooseLanguage(page, "cy", "/dashboard");
    }
  });
});

test("the supplier files a year's report: each field named in its message, a missed target or missing figure explained, a file, a receipt", async ({ page }) => {
  await signIn(page, "admin@greenbyte.example");
  await page.goto("/contracts");
  await page.getByRole("link", { name: /Managed laptops for council staff/ }).click();
  laptopsContract = new URL(page.url()).pathname;
  await expect(page.getByTestId("kpi-contract-emissions")).toContainText("On track");
  // Year 2 of the laptops contract runs to 31 March 2027: it can be drafted, not submitted.
  await page.getByRole("link", { name: "Start the year 2 report" }).click();
  await page.getByLabel("Scope 1: direct emissions").fill("2");
  await page.getByRole("button", { name: "Save and check before submitting" }).click();
  await expect(page.getByTestId("year-not-ended")).toHaveText("You can submit this report once the year ends on 31 March 2027. Until then you can save it as a draft.");
  await expect(page.getByRole("button", { name: "Submit the report" })).toHaveCount(0);

  await page.goto("/contracts");
  await page.getByRole("link", { name: /Managed print service/ }).click();
  printContract = new URL(page.url()).pathname;
  await page.getByRole("link", { name: "Start the year 2 report" }).click();
  await hydrated(page);
  await page.getByLabel("Scope 1: direct emissions").fill("1.5");
  await page.getByLabel("Scope 2: purchased electricity and heat (location-based)").fill("twelve");
  await page.getByLabel("New devices supplied").fill("2.5");
  await page.getByRole("button", { name: "Save as a draft" }).click();
  const summary = page.locator(".govuk-error-summary");
  await expect(summary).toContainText("Scope 2: purchased electricity and heat (location-based) must be a number, like 12.5");
  await expect(summary).toContainText("New devices supplied must be a whole number");
  await expect(page.getByLabel("Scope 1: direct emissions")).toHaveValue("1.5");

  await page.getByLabel("Scope 2: purchased electricity and heat (location-based)").fill("1.1");
  await page.getByLabel("Category 1: purchased goods and services").fill("1.9");
  await page.getByLabel("New devices supplied").fill("9");
  await page.getByLabel("Refurbished or remanufactured devices supplied").fill("1");
  await page.locator("[name=electricityRegion1]").selectOption("GB");
  await page.getByLabel("Electricity, kWh in the year").first().fill("7,900");
  await page.getByRole("button", { name: "Save as a draft" }).click();
  await expect(page.getByText("Your report has been saved as a draft")).toBeVisible();

  // The bid declared 8,000 kWh on the UK grid (0.22497 kgCO2e/kWh, DESNZ 2024) and 20 printers of 400 kg over 5
  // years: 3.4 t, so year 2's target is 3.4 × 0.9² = 2.754 t. Reported 1.5 + 1.1 + 1.9 = 4.5 t; 1 of 10 devices
  // refurbished against 35 %; nothing about equipment taken back or the plan's emissions.
  await page.getByRole("button", { name: "Save and check before submitting" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your year 2 report");
  const table = page.getByTestId("kpi-year");
  await expect(table).toContainText("4.5 tCO2e");
  await expect(table).toContainText("+1.746 tCO2e against the target");
  await expect(table).toContainText("−25 percentage points against the target");
  await expect(summary).toContainText("Say why contract emissions misses its target before submitting");
  await expect(summary).toContainText("Give a figure for equipment reused or recycled, or say why it is not reported, before submitting");
  await expect(page.getByRole("button", { name: "Submit the report" })).toHaveCount(0);
  await page.getByRole("link", { name: "Change the figures" }).click();
  await hydrated(page);
  await page.getByLabel("If contract emissions misses its target or is not reported, say why").fill("A second office moved onto the service in June.");
  await page.getByLabel("If refurbished or remanufactured devices misses its target or is not reported, say why").fill("Refurbished stock ran short in the autumn.");
  await page.getByLabel("If equipment reused or recycled misses its target or is not reported, say why").fill("No printers reached end of life this year.");
  await page.getByLabel("If Carbon Reduction Plan emissions misses its target or is not reported, say why").fill("Our 2025 plan is published in January.");
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
  await expect(page.getByTestId("report-reference")).toHaveText(/^CCC-2024-022-Y2-[A-Z2-9]{6}$/);
  await expect(page.getByTestId("report-receipt")).toHaveText(/^[0-9a-f]{64}$/);
  await expectAccessible(page);
});

test.describe("in Welsh without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("Blue Cloud files its overdue Wi-Fi report in Welsh; its figures come back when refused", async ({ page }) => {
    await signIn(page, "admin@cwmwlglas.example");
    await chooseLanguage(page, "cy", "/dashboard");
    await expect(page.getByTestId("contract-work")).toContainText("Cyflwyno adroddiad blwyddyn 1 ar CCC-2025-012: roedd i fod erbyn 30 Gorffennaf 2026");
    await page.getByTestId("contract-work").getByRole("link").first().click();
    await page.getByLabel("Cwmpas 2: trydan a gwres a brynwyd (yn seiliedig ar leoliad)").fill("-4");
    await page.getByLabel("Dyfeisiau newydd a gyflenwyd").fill("12");
    await page.getByRole("button", { name: "Cadw fel drafft" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("Cwmpas 2: trydan a gwres a brynwyd (yn seiliedig ar leoliad): rhowch rif sy’n 0 neu fwy");
    await expect(page.getByLabel("Dyfeisiau newydd a gyflenwyd")).toHaveValue("12");
    // Every KPI met: 3 t against 4.829 t, 15 of 15 items reused or recycled, none landfilled, 60 % of the supply
    // chain mapped, and 1,200 t for the organisation against its plan's 1,261.364 t for 2026.
    await page.getByLabel("Cwmpas 2: trydan a gwres a brynwyd (yn seiliedig ar leoliad)").fill("3");
    await page.getByLabel("Wedi’u hailddefnyddio").fill("10");
    await page.getByLabel("Wedi’u hailgylchu").fill("5");
    await page.getByLabel("Wedi’u hanfon i safle tirlenwi").fill("0");
    await page.getByLabel("Cyflenwyr haen 1, yn ôl gwariant, gyda data carbon ac amgylcheddol (%)").fill("60");
    await page.getByLabel("Cyfanswm allyriadau eich sefydliad yn ei Gynllun Lleihau Carbon diweddaraf, tCO2e").fill("1,200");
    await page.getByRole("button", { name: "Cadw a gwirio cyn cyflwyno" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Gwiriwch eich adroddiad blwyddyn 1");
    await expect(page.getByTestId("kpi-year")).toContainText("Ar y trywydd iawn");
    await expect(page.getByTestId("kpi-year")).not.toContainText("Ddim ar y trywydd iawn");
    await page.getByRole("button", { name: "Cyflwyno’r adroddiad" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Adroddiad wedi’i gyflwyno");
    await expect(page.getByTestId("report-reference")).toHaveText(/^CCC-2025-012-Y1-/);
  });
});

test("the specialist queries a KPI, off track with a reason; the supplier answers; both see it", async ({ page, browser }) => {
  expect(printContract).not.toBe("");
  await asEnglish(page, specialist, "/dashboard", async () => {
    try {
      await expect(page.getByTestId("contract-work")).toContainText("Review the year 1 report on CCC-2025-007: 5 KPIs to review");
      await page.getByRole("link", { name: "Review the year 2 report on CCC-2024-022: 4 KPIs to review" }).click();
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
      await page.getByLabel("Your reasons").fill("10% against the 35% committed: send a recovery plan by March.");
      await page.getByRole("button", { name: "Save the review" }).click();
      await expect(page.getByText("Review saved")).toBeVisible();
      await expect(page.getByTestId("review-refurbished-share")).toHaveText("Queried: 10% against the 35% committed: send a recovery plan by March.");
      await expectAccessible(page);
    } finally {
      await chooseLanguage(page, "cy", "/dashboard");
    }
  });
  const supplier = await browser.newPage({ baseURL: new URL(page.url()).origin });
  await signIn(supplier, "admin@greenbyte.example");
  await supplier.goto("/dashboard");
  await supplier.getByRole("link", { name: "Reply to the query on refurbished or remanufactured devices in the year 2 report on CCC-2024-022" }).click();
  await expect(supplier.getByTestId("query")).toHaveText("10% against the 35% committed: send a recovery plan by March.");
  await hydrated(supplier);
  await supplier.getByRole("button", { name: "Send the reply" }).click();
  await expect(supplier.locator(".govuk-error-summary")).toContainText("Enter your reply");
  await supplier.getByLabel("Your reply").fill("Our recovery plan is attached to next year's report; refurbished stock returns in February.");
  await supplier.getByRole("button", { name: "Send the reply" }).click();
  await expect(supplier.getByText("Reply sent. The specialist will review the KPI again")).toBeVisible();
  await expect(supplier.getByTestId("reply-refurbished-share")).toContainText("Our recovery plan is attached");
  await supplier.close();
});

test("the organisation report shows the totals, the trend and the share refurbished, and its files download", async ({ page }) => {
  await asEnglish(page, "admin@caerwen.example", "/contracts/sustainable-ict-report?year=2025", async () => {
    try {
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sustainable ICT report 2025–26");
      // Reported for 2025–26: laptops year 1, 26.2 t; print year 2 (filed above), 4.5 t; Wi-Fi year 1 (filed above in
      // Welsh), 3 t for 304 of its 365 days in the reporting year, 2.499 t. 33.199 t in all, none estimated.
      await expect(page.getByTestId("footprint-total")).toHaveText("33.2 tCO2e");
      await expect(page.getByTestId("trend")).toContainText("2025–26");
      // 70 of 250 laptops and 1 of 10 printers refurbished: 71 of 260, after 8 of 20 (40 %) in 2024–25.
      await expect(page.getByTestId("refurbished")).toContainText("27.3% of 260 devices supplied");
      await expect(page.getByTestId("refurbished")).toContainText("−12.7 percentage points");
      await expect(page.getByTestId("end-of-life")).toContainText("Sent to landfill");
      await expect(page.getByTestId("trend-chart").locator("svg[role=img]").nth(1)).toHaveAttribute("aria-label", "2025–26: 33.2 tonnes CO2e reported, 0 tonnes estimated");
      await expectAccessible(page);
      for (const [format, type] of [["csv", "text/csv"], ["xlsx", "spreadsheetml"], ["odt", "opendocument.text"]] as const) {
        const response = await page.request.get(`/contracts/sustainable-ict-report/2025/${format}`);
        expect(response.status(), format).toBe(200);
        expect(response.headers()["content-type"]).toContain(type);
        expect(response.headers()["content-disposition"]).toContain(`sustainable-ict-report-2025-26.${format}`);
      }
      const csv = await (await page.request.get("/contracts/sustainable-ict-report/2025/csv")).text();
      expect(csv).toContain("Ôl troed TGCh, cyfanswm / ICT footprint, total\",,33.199,tCO2e");

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
