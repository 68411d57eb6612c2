import { expect, test } from "@playwright/test";
import { chooseLanguage, createAssessment, expectAccessible, hydrated, signIn, signOut } from "./support";
import { sql, stored } from "./supplier-support";

// The GOV.UK pattern on every form: a success banner shown once and never beside a form's problems; the error
// summary at the top, focused, with "Error: " in the title, with and without JavaScript. And the pages that let
// people come back to unfinished work: a specialist reading a criterion, an evaluator's draft score sheet.
test.describe.configure({ mode: "serial" });

const officer = "officer@northshire.example";
const specialist = "specialist@northshire.example";
const shared = { url: "" };

test("with JavaScript: the banner goes once read, and a refused form's summary comes first, focused, titled Error", async ({ page }) => {
  await signIn(page, officer);
  await chooseLanguage(page, "en", "/assessments");
  shared.url = await createAssessment(page, "Servers and storage", "NC-2027-041");
  await page.getByLabel("Add a specialist from your organisation").selectOption({ label: "Tom Bennett (specialist@northshire.example)" });
  await page.getByRole("button", { name: "Add specialist" }).click();
  await expect(page.getByText("Specialist added")).toBeVisible();
  // The address forgets the message, so reloading does not say it again.
  await expect.poll(() => new URL(page.url()).searchParams.has("done")).toBe(false);

  await hydrated(page);
  await page.getByRole("button", { name: "Add comment" }).click();
  const summary = page.locator("#error-summary-slot .govuk-error-summary");
  await expect(summary).toContainText("Enter a comment");
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.getByText("Specialist added")).toHaveCount(0);
  // The summary is the first thing in the main content.
  expect(await page.locator("main").evaluate((main) => main.querySelector(".govuk-error-summary") === main.querySelector("#error-summary-slot")?.firstElementChild)).toBe(true);
  await expectAccessible(page);

  await page.reload();
  await expect(page.getByText("Specialist added")).toHaveCount(0);
  await expect(page).not.toHaveTitle(/^Error: /);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a refused form shows no success banner, says Error in the title and the browser goes to the problem", async ({ page }) => {
    await signIn(page, officer);
    // A success message in a link made by anyone else is not shown: only the service's own, signed, are.
    await chooseLanguage(page, "en", `${shared.url}?done=specialistAdded`);
    await expect(page.getByText("Specialist added")).toHaveCount(0);
    expect(new URL(page.url()).searchParams.has("done")).toBe(false);
    await page.getByRole("button", { name: "Add comment" }).click();
    await expect(page).toHaveTitle(/^Error: /);
    await expect(page.locator("#error-summary")).toContainText("Enter a comment");
    await expect(page.locator("#error-summary")).toBeFocused();
    expect(await page.locator(".govuk-error-summary").count()).toBe(1);

    // After a success, a refused form shows its problems and no success banner.
    await page.getByLabel("Comment", { exact: true }).fill("Please add the repair criterion.");
    await page.getByRole("button", { name: "Add comment" }).click();
    await expect(page.getByText("Comment added")).toBeVisible();
    await page.getByRole("button", { name: "Add comment" }).click();
    await expect(page).toHaveTitle(/^Error: /);
    await expect(page.getByText("Comment added")).toHaveCount(0);
    await expect(page.locator("#error-summary")).toContainText("Enter a comment");

    // A success is said once: loading the page again does not say it again.
    await page.getByLabel("Comment", { exact: true }).fill("The refurbished-share weight looks low for servers.");
    await page.getByRole("button", { name: "Add comment" }).click();
    await expect(page.getByText("Comment added")).toBeVisible();
    await page.reload();
    await expect(page.getByText("The refurbished-share weight looks low for servers.")).toBeVisible();
    await expect(page.getByText("Comment added")).toHaveCount(0);
    expect(new URL(page.url()).searchParams.has("done")).toBe(false);

    await chooseLanguage(page, "cy", shared.url);
    await page.getByRole("button", { name: "Ychwanegu sylw" }).click();
    await expect(page).toHaveTitle(/^Gwall: /);
    await expect(page.locator("#error-summary")).toContainText("Mae problem wedi codi");
    await chooseLanguage(page, "en", shared.url);
  });
});

test("a specialist reads a criterion in full and comments on it there", async ({ page }) => {
  await signIn(page, specialist);
  await chooseLanguage(page, "en", shared.url);
  await page.locator("table.govuk-table a.govuk-link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).not.toBeEmpty();
  await expect(page.getByText("Question for suppliers")).toBeVisible();
  await expect(page.getByText("Evidence asked for")).toBeVisible();
  await expect(page.getByRole("heading", { name: "What each score means" })).toBeVisible();
  await expect(page.getByText("Score 4")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save criterion" })).toHaveCount(0);
  await expectAccessible(page);
  const criterionPath = new URL(page.url()).pathname;

  await page.getByLabel("Comment", { exact: true }).fill("Ask for the validation letter, not only the target.");
  await page.getByRole("button", { name: "Add comment" }).click();
  await expect(page.getByText("Comment added")).toBeVisible();
  expect(new URL(page.url()).pathname).toBe(criterionPath);
  await expect(page.getByRole("heading", { name: "Comments on this criterion (1 open)" })).toBeVisible();
  await expect(page.getByText("Ask for the validation letter, not only the target.")).toBeVisible();

  await chooseLanguage(page, "cy", criterionPath);
  await expect(page.getByText("Cwestiwn i gyflenwyr")).toBeVisible();
  await expectAccessible(page);
  await chooseLanguage(page, "en", criterionPath);
  await signOut(page);
});

test("an evaluator saves a part-scored sheet as a draft and finds it as they left it", async ({ page }) => {
  await signIn(page, officer);
  await chooseLanguage(page, "en", `${shared.url}/publish`);
  await page.getByRole("button", { name: /^Publish/ }).click();
  await expect(page.getByText("Assessment published")).toBeVisible();
  const id = shared.url.split("/").pop()!;
  sql((db) => {
    const greenbyte = (db.prepare("SELECT id FROM Organisation WHERE nameEn = ?").get("Greenbyte Hosting Ltd") as { id: string }).id;
    const officerId = (db.prepare("SELECT id FROM User WHERE email = ?").get(officer) as { id: string }).id;
    db.prepare("INSERT INTO SupplierInvitation (id, assessmentId, supplierOrganisationId, invitedById, createdAt) VALUES (?, ?, ?, ?, ?)").run(`e2einv${id}`.slice(0, 25), id, greenbyte, officerId, stored(new Date()));
    db.prepare("INSERT INTO Response (id, assessmentId, supplierOrganisationId, status, evidence, startedAt, submittedAt, reference, version) VALUES (?, ?, ?, 'submitted', '{}', ?, ?, ?, 1)").run(`e2eres${id}`.slice(0, 25), id, greenbyte, stored(new Date()), stored(new Date()), "NC-2027-041-001");
    db.prepare("UPDATE Assessment SET responseDeadline = ? WHERE id = ?").run(stored(new Date(Date.now() - 60_000)), id);
  });
  await page.goto(`${shared.url}/scoring`);
  await page.getByRole("link", { name: "Greenbyte Hosting Ltd" }).click();
  await page.getByLabel("No, I have no conflict of interest").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("Declaration recorded")).toBeVisible();

  await hydrated(page);
  const firstScore = page.locator("input[type=radio][name^=score-]").first();
  const firstJustification = page.locator("textarea[name^=justification-]").first();
  await firstScore.check();
  await firstJustification.fill("A validated target; the plan is two years old.");
  await page.getByRole("button", { name: "Save as draft" }).click();
  await expect(page.getByText("Draft saved. Only you can see it")).toBeVisible();
  await page.reload();
  await expect(firstScore).toBeChecked();
  await expect(firstJustification).toHaveValue("A validated target; the plan is two years old.");
  await expectAccessible(page);

  // Submitting the unfinished sheet names what is missing and keeps the draft as typed.
  await page.getByRole("button", { name: "Submit my scores" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText(/Select a score for /);
  await expect(firstJustification).toHaveValue("A validated target; the plan is two years old.");
  await expect(page).toHaveTitle(/^Error: /);
  // Found before sending: the browser checks with the action's own schema.
  await expect(page.locator("#error-summary")).toBeFocused();

  // The list of tenders says the sheet is saved as a draft.
  await page.goto(`${shared.url}/scoring`);
  await expect(page.getByTestId("scoring-suppliers").getByRole("row", { name: /Greenbyte Hosting Ltd/ })).toContainText("Draft saved, to submit");

  // The dashboard puts the tender waiting to be scored first, linked to scoring.
  await page.goto("/dashboard");
  const task = page.getByTestId("work-waiting").getByRole("listitem").filter({ hasText: "Servers and storage" });
  await expect(task).toContainText("Tenders for you to score: 1");
  await expect(task).toContainText("To score");
  await expectAccessible(page);
  await task.getByRole("link", { name: "Servers and storage" }).click();
  await expect(page).toHaveURL(/\/scoring$/);
});

test("with JavaScript a form's problems appear before anything is sent, with the action's own messages", async ({ page }) => {
  await signIn(page, "admin@northshire.example");
  await chooseLanguage(page, "en", "/members/invite");
  await hydrated(page);
  let posted = 0;
  page.on("request", (request) => {
    if (request.method() === "POST") posted += 1;
  });
  await page.getByLabel("Email address").fill("not an address");
  await page.getByRole("button", { name: "Create invitation" }).click();
  await expect(page.locator("#error-summary")).toContainText("Enter an email address in the correct format");
  await expect(page.locator("#error-summary")).toContainText("Select a role");
  await expect(page.locator("#email-error")).toContainText("Enter an email address in the correct format");
  await expect(page.locator("#error-summary")).toBeFocused();
  expect(posted).toBe(0);
});

test("a new assessment's mistakes, the deadline's too, are named in the browser before anything is sent", async ({ page }) => {
  await signIn(page, officer);
  await chooseLanguage(page, "en", "/assessments/new");
  await hydrated(page);
  let posted = 0;
  page.on("request", (request) => {
    if (request.method() === "POST") posted += 1;
  });
  await page.getByLabel("Title", { exact: true }).fill("Storage");
  await page.getByLabel("Day", { exact: true }).fill("31");
  await page.getByLabel("Month", { exact: true }).fill("2");
  await page.getByLabel("Year", { exact: true }).fill(String(new Date().getFullYear() + 1));
  await page.getByRole("button", { name: "Create assessment" }).click();
  const summary = page.locator("#error-summary");
  await expect(summary).toContainText("Enter a reference");
  await expect(summary).toContainText("Response deadline must be a real date");
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Storage");
  expect(posted).toBe(0);
  await expectAccessible(page);
});

test("an own criterion half typed is named in the browser, with what was ticked and typed kept", async ({ page }) => {
  await signIn(page, officer);
  await chooseLanguage(page, "en", "/assessments");
  const draft = await createAssessment(page, "Repairable laptops", "NC-2027-042");
  await page.goto(`${draft}/criteria/add`);
  await hydrated(page);
  let posted = 0;
  page.on("request", (request) => {
    if (request.method() === "POST") posted += 1;
  });
  await page.getByLabel("Title", { exact: true }).fill("Repair service");
  await page.getByRole("button", { name: "Add criteria" }).click();
  const summary = page.locator("#error-summary");
  await expect(summary).toContainText("Enter the question in English");
  await expect(summary).toBeFocused();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Repair service");
  expect(posted).toBe(0);

  await page.getByLabel("Question for suppliers").fill("How are devices repaired during the contract?");
  await page.getByRole("button", { name: "Add criteria" }).click();
  await expect(page.getByText("Criteria added")).toBeVisible();
  await expect(page.getByRole("link", { name: "Repair service" })).toBeVisible();
});
