import { expect, test } from "@playwright/test";
import { validateReleasePackage } from "../lib/export/ocds/validate";
import { waitForMail } from "./mailbox";
import { chooseLanguage, createAssessment, expectAccessible, nextYear, signIn, signOut } from "./support";

test.describe("the buyer's journey", () => {
  test("an officer builds an assessment with a specialist, publishes it and invites suppliers", async ({ page }) => {
    await signIn(page, "officer@northshire.example");
    await page.getByRole("link", { name: "Assessments" }).first().click();
    await expect(page.getByText("You have no assessments yet")).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Create an assessment" }).click();
    await expectAccessible(page);

    // Mistakes are named and nothing typed is lost.
    await page.getByLabel("Title", { exact: true }).fill("Laptops and desktops");
    await page.getByLabel("Estimated contract value a year, in pounds, including VAT").fill("lots");
    await page.getByLabel("Day", { exact: true }).fill("31");
    await page.getByLabel("Month", { exact: true }).fill("2");
    await page.getByLabel("Year", { exact: true }).fill(nextYear);
    await page.getByRole("button", { name: "Create assessment" }).click();
    const summary = page.locator(".govuk-error-summary");
    await expect(summary).toContainText("Enter a reference");
    await expect(summary).toContainText("Contract value must be a whole number of pounds");
    await expect(summary).toContainText("Response deadline must be a real date");
    await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Laptops and desktops");
    await expect(page.getByLabel("Estimated contract value a year, in pounds, including VAT")).toHaveValue("lots");
    await expectAccessible(page);

    const url = await createAssessment(page, "Laptops and desktops", "NC-2027-003");
    await expect(page.getByText("Required as a condition of participation (PPN 006)")).toBeVisible();
    await expect(page.getByTestId("weights-total")).toHaveText("100%");
    await expectAccessible(page);

    await page.getByLabel("Add a specialist from your organisation").selectOption({ label: "Tom Bennett (specialist@northshire.example)" });
    await page.getByRole("button", { name: "Add specialist" }).click();
    await expect(page.getByText("Specialist added")).toBeVisible();
    expect((await waitForMail("specialist@northshire.example", "specialist-added", "NC-2027-003")).subject).toBe("Review a draft: Laptops and desktops (NC-2027-003)");

    // Weights that do not total 100 are kept as typed and named by the rules engine.
    await page.getByRole("button", { name: "Change weights" }).click();
    // The running total follows typing once the page's script has started (the layout marks the body then).
    await expect(page.locator("body")).toHaveClass(/govuk-frontend-supported/);
    const firstWeight = page.locator("input[name^=weight-]").first();
    await firstWeight.fill("10");
    await expect(page.getByTestId("running-total")).toHaveText("Total: 93%");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Save weights" }).click();
    await expect(page.getByTestId("weights-total")).toHaveText("93%");
    await expect(page.getByTestId("configuration-problems")).toContainText("Weights must total 100; they total 93.");

    // Reword a criterion in Welsh and give it back its weight.
    await page.locator("table.govuk-table a.govuk-link").first().click();
    await expectAccessible(page);
    await page.locator("#questionCy").fill("Disgrifiwch eich ymrwymiad i sero net erbyn 2040.");
    await page.getByLabel("Weight, in percent").fill("17");
    await page.getByRole("button", { name: "Save criterion" }).click();
    await expect(page.getByText("Criterion saved")).toBeVisible();
    await expect(page.getByTestId("weights-total")).toHaveText("100%");

    await page.getByRole("button", { name: "Add criteria" }).click();
    await expectAccessible(page);
    await page.getByLabel("Sustainable ICT training").check();
    await page.getByRole("button", { name: "Add criteria" }).click();
    await expect(page.getByText("Criteria added")).toBeVisible();
    await signOut(page);

    // The specialist, involved early, comments on the weights.
    await signIn(page, "specialist@northshire.example");
    await page.goto(url);
    await page.getByLabel("Comment", { exact: true }).fill("Circular economy deserves more weight for laptops.");
    await page.getByRole("button", { name: "Add comment" }).click();
    await expect(page.getByText("Comment added")).toBeVisible();
    await expectAccessible(page);
    await signOut(page);

    await signIn(page, "officer@northshire.example");
    await page.goto(url);
    await page.getByRole("button", { name: "Publish assessment" }).click();
    await expect(page.getByText("1 comment is still open")).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Publish with open comments" }).click();
    await expect(page.getByText("Assessment published")).toBeVisible();
    await expect(page.getByRole("button", { name: "Change weights" })).toHaveCount(0);

    // Each way of inviting reveals its own field when chosen.
    await expect(page.getByLabel("Supplier", { exact: true })).toBeHidden();
    await page.getByLabel("A supplier already using this service").check();
    await expect(page.getByLabel("Email address")).toBeHidden();
    await page.getByLabel("Supplier", { exact: true }).selectOption({ label: "Greenbyte Hosting Ltd" });
    await page.getByRole("button", { name: "Invite supplier" }).click();
    await expect(page.getByText("Supplier invited")).toBeVisible();
    await expect(page.getByRole("row", { name: /Greenbyte Hosting Ltd/ })).toContainText("Not started");
    await page.getByLabel("By email, with a link").check();
    await page.getByLabel("Email address").fill("bids@newsupplier.example");
    await page.getByRole("button", { name: "Invite supplier" }).click();
    await expect(page.getByTestId("supplier-invitation-link")).toContainText("/supplier-invitation/");
    await expectAccessible(page);
    // Sent to an address whose language is unknown, by a council in England: English first, then Welsh.
    const invitation = await waitForMail("bids@newsupplier.example", "supplier-invitation", "NC-2027-003");
    expect(invitation.subject).toBe("Invitation to respond: Laptops and desktops (NC-2027-003) / Gwahoddiad i ymateb: Laptops and desktops (NC-2027-003)");
    expect(invitation.text).toContain((await page.getByTestId("supplier-invitation-link").textContent())!.trim());
    await page.goto(url);
    await expect(page.getByText("Results can be seen after the response deadline")).toBeVisible();
    expect((await page.goto(`${url}/results`))?.status()).toBe(200);
    await expect(page.getByText("Results can be seen once the response deadline has passed.")).toBeVisible();
  });

  test("results of the scored example: ranking, chart, exclusion, what-if and a supplier's summary", async ({ page }) => {
    await signIn(page, "officer@caerwen.example");
    // In English, whichever language an earlier journey left this officer's profile in.
    await chooseLanguage(page, "en", "/assessments");
    await page.getByRole("link", { name: "Cloud hosting for council services" }).first().click();
    await page.getByRole("link", { name: "See the results" }).click();
    const ranking = page.getByTestId("ranking");
    await expect(ranking.getByRole("row").nth(1)).toContainText("Greenbyte Hosting Ltd");
    await expect(ranking.getByRole("row").nth(2)).toContainText("Blue Cloud Ltd");
    const chart = page.getByTestId("totals-chart");
    await expect(chart).toContainText("Weighted totals out of 100");
    await expect(chart.getByRole("listitem").first()).toContainText("Greenbyte Hosting Ltd");
    await expect(page.getByText("Tenders disregarded")).toBeVisible();
    await expect(page.getByText("Scope 3 category 7 emissions (tCO2e) are missing.")).toBeVisible();
    await expectAccessible(page);

    // Scores by criterion, a business rule at a time.
    await page.getByRole("link", { name: "Scores by criterion, one business rule at a time" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Scores by criterion");
    await expect(page.getByTestId("matrix")).toContainText("Scores by criterion: Business rule 1: net zero");
    await expect(page.getByTestId("matrix").getByRole("columnheader", { name: "Greenbyte Hosting Ltd" })).toBeVisible();
    await page.getByRole("link", { name: "Business rule 2: circular economy" }).click();
    await expect(page.getByTestId("matrix")).toContainText("Scores by criterion: Business rule 2: circular economy");
    await expect(page.getByRole("navigation", { name: "Business rules" }).locator("[aria-current=page]")).toHaveText("Business rule 2: circular economy");
    await expectAccessible(page);
    await page.getByRole("link", { name: "Back" }).click();

    await page.getByRole("link", { name: "Try other weights and see the ranking they give" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("What if the weights were different?");
    await page.getByRole("button", { name: "Show ranking with these weights" }).click();
    // The published weights give the published ranking.
    await expect(page.getByTestId("what-if-ranking").getByRole("row").nth(1)).toContainText("Greenbyte Hosting Ltd");
    await page.locator("input[name^=w-]").first().fill("0");
    await page.getByRole("button", { name: "Show ranking with these weights" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("The weights must total 100; they total");
    await expectAccessible(page);
    // Anything but a whole number is named by the criterion's title, beside its box: never NaN, never an error page.
    const firstWeight = page.locator("input[name^=w-]").first();
    const firstTitle = (await page.locator(`label[for="${await firstWeight.getAttribute("id")}"]`).textContent())!.trim();
    await firstWeight.fill("abc");
    await page.locator("input[name^=w-]").nth(1).fill("1e308");
    await page.getByRole("button", { name: "Show ranking with these weights" }).click();
    await expect(page.locator(".govuk-error-summary").getByRole("link", { name: `Weight for ${firstTitle} must be a whole number from 0 to 100` })).toBeVisible();
    await expect(page.locator(".govuk-error-summary li")).toHaveCount(2);
    await expect(page.locator(".govuk-error-message").first()).toContainText(`Weight for ${firstTitle} must be a whole number from 0 to 100`);
    await expect(page).toHaveTitle(/^Error: /);
    await expectAccessible(page);

    await page.getByRole("link", { name: "Back" }).click();
    await page.getByRole("link", { name: "Summary Blue Cloud Ltd" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Assessment summary: Blue Cloud Ltd");
    await expect(page.getByTestId("standing")).toHaveText(/Your tender was ranked 2, with a total score of \d+\.\d\d out of 100\./);
    await expectAccessible(page);
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Summary for Blue Cloud Ltd as a Word document (.docx)" }).click();
    // The export is Welsh first, so the supplier is named by its Welsh name.
    expect((await download).suggestedFilename()).toBe("CCC-2026-014 crynodeb asesu - Cwmwl Glas Cyf (Cymraeg a Saesneg).docx");
  });

  test("exports of the tender criteria and results download with names that say what they are", async ({ page }) => {
    await signIn(page, "officer@caerwen.example");
    await page.goto("/assessments");
    await page.getByRole("link", { name: "Cloud hosting for council services" }).first().click();
    const url = page.url();
    // Results documents are prepared in the background (e2e/prepared-downloads.spec.ts); the CSV comes at once.
    for (const file of ["tender-criteria.docx", "tender-criteria.odt", "tender-criteria.xlsx", "tender-criteria.csv", "tender-criteria.ocds.json", "results.csv"]) {
      const response = await page.request.get(`${url}/export/${file}`);
      expect(response.status(), file).toBe(200);
      expect(response.headers()["content-disposition"], file).toMatch(/attachment; filename=.*CCC-2026-014/);
      expect(response.headers()["x-content-type-options"]).toBe("nosniff");
      expect((await response.body()).length, file).toBeGreaterThan(100);
    }
    // The OCDS release package validates against the official schema patched with its extensions.
    const ocds = await (await page.request.get(`${url}/export/tender-criteria.ocds.json`)).json();
    expect(validateReleasePackage(ocds)).toEqual({ valid: true, errors: [] });
    expect(ocds.releases[0].tender.lots[0].awardCriteria.criteria.length).toBe(6);
  });
});

test.describe("shared templates", () => {
  test("another public body copies a shared assessment as its own draft, recording where it came from", async ({ page }) => {
    await signIn(page, "officer@northshire.example");
    await page.goto("/assessments");
    await page.getByRole("link", { name: "Start from a shared template" }).click();
    await expect(page.getByRole("table", { name: "Templates" })).toContainText("Caerwen County Council");
    await expectAccessible(page);
    await page.getByRole("link", { name: "Use this template Cloud hosting for council services" }).click();
    await page.getByLabel("Title", { exact: true }).fill("Hosting for Northshire");
    await page.getByLabel("Reference", { exact: true }).fill("NC-2027-020");
    await page.getByLabel("Estimated contract value a year, in pounds, including VAT").fill("300000");
    await page.getByLabel("Day", { exact: true }).fill("10");
    await page.getByLabel("Month", { exact: true }).fill("9");
    await page.getByLabel("Year", { exact: true }).fill(nextYear);
    await expectAccessible(page);
    await page.getByRole("button", { name: "Create assessment from template" }).click();
    await expect(page.getByText("Assessment created from the template")).toBeVisible();
    await expect(page.getByText("Cloud hosting for council services — Caerwen County Council")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Hosting for Northshire");
    await expect(page.getByTestId("weights-total")).toHaveText("100%");
    // Only the criteria and weights come across: not the other council's £6.2m or its description.
    await expect(page.locator(".govuk-summary-list").first()).toContainText("£300,000");
    await expect(page.locator(".govuk-summary-list").first()).not.toContainText("6,200,000");
    await expect(page.locator(".govuk-summary-list__row").filter({ hasText: "Description" }).first()).toContainText("None");
  });
});

test.describe("the buyer's journey in Welsh", () => {
  test("an officer builds, publishes and invites in Welsh, then reads results and a summary in Welsh", async ({ page }) => {
    await signIn(page, "officer@caerwen.example");
    await chooseLanguage(page, "cy", "/assessments/new");
    await expect(page.locator("html")).toHaveAttribute("lang", "cy");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Creu asesiad");
    await page.getByRole("button", { name: "Creu asesiad" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("Rhowch deitl");
    await expect(page.locator(".govuk-error-summary")).toContainText("Rhowch gyfeirnod");
    await expectAccessible(page);

    await page.getByLabel("Teitl", { exact: true }).fill("Printing services");
    await page.getByLabel("Teitl yn Gymraeg").fill("Gwasanaethau argraffu");
    await page.getByLabel("Cyfeirnod", { exact: true }).fill("CSC-2027-002");
    await page.getByLabel("Amcangyfrif o werth y contract y flwyddyn, mewn punnoedd, gan gynnwys TAW").fill("400000");
    await page.getByLabel("Diwrnod", { exact: true }).fill("3");
    await page.getByLabel("Mis", { exact: true }).fill("5");
    await page.getByLabel("Blwyddyn", { exact: true }).fill(nextYear);
    await page.getByRole("button", { name: "Creu asesiad" }).click();
    await expect(page.getByText("Asesiad wedi’i greu o’r fframwaith")).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel("Ychwanegu arbenigwr o’ch sefydliad").selectOption({ index: 1 });
    await page.getByRole("button", { name: "Ychwanegu arbenigwr" }).click();
    await expect(page.getByText("Gareth Morgan (specialist@caerwen.example)")).toBeVisible();
    await page.getByRole("button", { name: "Cyhoeddi’r asesiad" }).click();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Cyhoeddi", exact: true }).click();
    await expect(page.getByText("Asesiad wedi’i gyhoeddi")).toBeVisible();
    await page.getByLabel("Cyflenwr sydd eisoes yn defnyddio’r gwasanaeth hwn").check();
    await page.getByLabel("Cyflenwr", { exact: true }).selectOption({ label: "Cwmwl Glas Cyf" });
    await page.getByRole("button", { name: "Gwahodd cyflenwr" }).click();
    await expect(page.getByText("Cyflenwr wedi’i wahodd")).toBeVisible();
    await expectAccessible(page);

    // The seeded example is named by its Welsh title on Welsh pages.
    await page.goto("/assessments");
    await page.getByRole("link", { name: "Lletya cwmwl ar gyfer gwasanaethau’r cyngor" }).click();
    await page.getByRole("link", { name: "Gweld y canlyniadau" }).click();
    await expect(page.getByTestId("totals-chart")).toContainText("Cyfansymiau wedi’u pwysoli allan o 100");
    await expect(page.getByRole("heading", { name: "Tendrau a ddiystyrwyd" })).toBeVisible();
    await expect(page.getByTestId("ranking")).toContainText("Cwmwl Glas Cyf");
    await expect(page.getByText("Cwmpas 3", { exact: false }).first()).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Crynodeb Greenbyte Hosting Ltd" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Crynodeb o’r asesiad: Greenbyte Hosting Ltd");
    await expectAccessible(page);
  });
});

test.describe("the buyer's journey without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("creating, correcting and publishing work as plain HTML forms", async ({ page }) => {
    await signIn(page, "officer@northshire.example");
    await page.goto("/assessments/new");
    await page.getByLabel("Title", { exact: true }).fill("Printers");
    await page.getByRole("button", { name: "Create assessment" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("Enter a reference");
    await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Printers");
    const url = await createAssessment(page, "Printers", "NC-2027-009");
    await page.getByRole("button", { name: "Change weights" }).click();
    await page.locator("input[name^=weight-]").first().fill("x");
    await page.getByRole("button", { name: "Save weights" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText(/Weight for .+ must be a whole number from 0 to 100/);
    await expect(page.locator("input[name^=weight-]").first()).toHaveValue("x");
    await page.goto(url);
    await page.getByRole("button", { name: "Add comment" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("Enter a comment");
    await page.getByLabel("Comment", { exact: true }).fill("Check the weights with the specialist.");
    await page.getByRole("button", { name: "Add comment" }).click();
    await expect(page.getByText("Comment added")).toBeVisible();
    await page.goto(`${url}/publish`);
    await page.getByRole("button", { name: "Publish with open comments" }).click();
    await expect(page.getByText("Assessment published")).toBeVisible();
    await page.getByLabel("By email, with a link").check();
    await page.getByLabel("Email address").fill("not-an-address");
    await page.getByRole("button", { name: "Invite supplier" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("Enter an email address in the correct format");
    await expect(page.getByLabel("Email address")).toHaveValue("not-an-address");
    await page.getByLabel("Email address").fill("tenders@printco.example");
    await page.getByRole("button", { name: "Invite supplier" }).click();
    await expect(page.getByTestId("supplier-invitation-link")).toContainText("/supplier-invitation/");
  });
});

test.describe("assessments of another organisation", () => {
  test("answer 404 on every URL and export, to other buyers and to suppliers", async ({ page }) => {
    await signIn(page, "officer@caerwen.example");
    await page.getByRole("button", { name: "English", exact: true }).click();
    await page.goto("/assessments");
    await page.getByRole("link", { name: /Cloud hosting for council services/ }).first().click();
    const url = new URL(page.url()).pathname;
    await page.getByRole("link", { name: "See the results" }).click();
    const summaryHref = (await page.getByRole("link", { name: "Summary Greenbyte Hosting Ltd" }).getAttribute("href"))!;
    await signOut(page);

    const paths = [url, `${url}/results`, `${url}/results/criteria`, `${url}/results/what-if?w-x=1`, summaryHref, `${url}/weights`, `${url}/publish`, `${url}/criteria/add`, `${url}/export/tender-criteria.docx`, `${url}/export/results.xlsx`, `${url}/export/tender-criteria.ocds.json`];
    for (const email of ["officer@northshire.example", "admin@greenbyte.example"]) {
      await signIn(page, email);
      for (const path of paths) {
        const response = await page.request.get(path);
        expect(response.status(), `${email} ${path}`).toBe(404);
      }
      await signOut(page);
    }
  });

  test("without JavaScript, another organisation's assessment is a readable 'Page not found', never a blank page", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page, "officer@caerwen.example");
    await page.goto("/assessments");
    const url = (await page.getByRole("link", { name: /Cloud hosting for council services/ }).first().getAttribute("href"))!;
    await signOut(page);
    await signIn(page, "officer@northshire.example");
    await chooseLanguage(page, "en", "/dashboard");
    for (const path of [url, `${url}/results`, `${url}/criteria/not-a-criterion`]) {
      expect((await page.goto(path))?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1 }), path).toHaveText("Page not found");
      await expect(page.getByRole("link", { name: "Go to your dashboard" })).toBeVisible();
    }
    await context.close();
  });
});
