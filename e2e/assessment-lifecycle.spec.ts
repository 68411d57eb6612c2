import { expect, test, type Page } from "@playwright/test";
import { chooseLanguage, expectAccessible, nextYear, signIn, signOut } from "./support";
import { database, sql, stored } from "./supplier-support";

// An assessment's life: a draft changed, deleted or trimmed (each removal confirmed first), published, its deadline
// extended, closed at the deadline, scored, awarded; the unsuccessful supplier told it was not awarded and, once
// released, reading its summary. Confirmation pages with and without JavaScript; axe on every new page.
test.describe.configure({ mode: "serial" });

const officer = "officer@caerwen.example";
const reference = "LIFE-2027-001";
const shared = { url: "", id: "" };

const idOf = (table: "Organisation" | "User", column: "nameEn" | "email", value: string) => sql((db) => (db.prepare(`SELECT id FROM "${table}" WHERE "${column}" = ?`).get(value) as { id: string }).id);
const newId = () => `e2e${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`.slice(0, 25).padEnd(25, "0");

/** A Welsh council's draft, created as an officer would, at £400,000 a year (no Carbon Reduction Plan needed). */
async function createDraft(page: Page, title: string, ref: string) {
  await chooseLanguage(page, "en", "/assessments/new");
  await page.getByLabel("Title", { exact: true }).fill(title);
  // A Welsh council's assessment is in both languages, so it needs its Welsh title.
  await page.getByLabel("Title in Welsh").fill(`${title} (Cymraeg)`);
  await page.getByLabel("Reference", { exact: true }).fill(ref);
  await page.getByLabel("Estimated contract value a year, in pounds, including VAT").fill("400000");
  await page.getByLabel("Day", { exact: true }).fill("1");
  await page.getByLabel("Month", { exact: true }).fill("6");
  await page.getByLabel("Year", { exact: true }).fill(nextYear);
  await page.getByRole("button", { name: "Create assessment" }).click();
  await expect(page.getByText("Assessment created from the framework")).toBeVisible();
  return new URL(page.url()).pathname;
}

test("a draft's details change, and a new value decides the Carbon Reduction Plan condition again, with the reason", async ({ page }) => {
  await signIn(page, officer);
  shared.url = await createDraft(page, "Wireless for schools", reference);
  shared.id = shared.url.split("/").pop()!;
  await expect(page.getByTestId("crp-reason")).toContainText("not required: £400,000 a year does not meet the £5,000,000 threshold of WPPN 006");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Draft");
  await page.getByRole("button", { name: "Change details" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Change the assessment's details");
  await expectAccessible(page);

  // A deadline in the year 3000 is refused, naming the field.
  await page.getByLabel("Year", { exact: true }).fill("3000");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("Response deadline must be no more than 2 years from today");
  await expect(page.locator("#deadlineDay-error")).toContainText("Response deadline must be no more than 2 years from today");
  await expectAccessible(page);

  await page.getByLabel("Year", { exact: true }).fill(nextYear);
  await page.getByLabel("Title", { exact: true }).fill("Wireless for schools and libraries");
  await page.getByLabel("Description (optional)").fill("Switches and wireless for 40 schools");
  await page.getByLabel("Estimated contract value a year, in pounds, including VAT").fill("6,200,000");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByText("Details saved. The new value changed whether a Carbon Reduction Plan is required")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Wireless for schools and libraries");
  await expect(page.getByTestId("crp-reason")).toContainText("required as a condition of participation: a contract value of £6,200,000 a year meets the £5,000,000 threshold of WPPN 006");
  await expectAccessible(page);

  // Back under the threshold for the rest of this journey.
  await page.getByRole("button", { name: "Change details" }).click();
  await page.getByLabel("Estimated contract value a year, in pounds, including VAT").fill("400000");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByText("Details saved. The new value changed")).toBeVisible();

  // In both languages: the Welsh title, written before the English changed, and the description, written in English
  // only, are to be updated before the assessment is published.
  await page.goto(`${shared.url}/publish`);
  await expect(page.getByRole("button", { name: /^Publish/ })).toHaveCount(0);
  await expect(page.getByRole("link", { name: /^Update the Welsh listed under “Welsh to update”/ })).toBeVisible();
  const welsh = page.getByTestId("welsh-to-update");
  await expect(welsh).toContainText("Title: the English changed after the Welsh was written");
  await expect(welsh).toContainText("Description: no Welsh yet");
  await expectAccessible(page);
  await welsh.getByRole("link", { name: "Assessment" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Title, description and share of the award");
  await page.getByRole("group", { name: "Title" }).getByLabel("Welsh").fill("Diwifr ar gyfer ysgolion a llyfrgelloedd");
  await page.getByRole("group", { name: "Description (optional)" }).getByLabel("Welsh").fill("Switshis a diwifr ar gyfer 40 o ysgolion");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Title, description and share of the award saved")).toBeVisible();
  await page.goto(`${shared.url}/publish`);
  await expect(page.getByTestId("welsh-to-update")).toHaveCount(0);
});

test("a minimum score outside the scale is refused when saved; removing a criterion is confirmed first", async ({ page }) => {
  await signIn(page, officer);
  await chooseLanguage(page, "en", shared.url);
  const criterion = page.locator('a[href*="/criteria/"]').first();
  const criterionTitle = (await criterion.textContent())!.trim();
  await criterion.click();
  await page.getByLabel("Minimum score (optional)").fill("7");
  await page.getByRole("button", { name: "Save criterion" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("Minimum score must be between the lowest and highest points of the scale");

  await page.getByRole("button", { name: "Remove criterion" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Are you sure you want to remove ‘${criterionTitle}’?`);
  await expectAccessible(page);
  await page.getByRole("link", { name: "Cancel and keep the criterion" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(criterionTitle);
});

test("deleting a draft is confirmed first, and the list is searched and sorted", async ({ page }) => {
  await signIn(page, officer);
  const other = await createDraft(page, "Printers to delete", "LIFE-2027-099");
  await page.getByRole("link", { name: "Delete this draft" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Are you sure you want to delete ‘Printers to delete’?");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Cancel and keep the draft" }).click();
  await expect(page).toHaveURL(new RegExp(`${other}$`));
  await page.getByRole("link", { name: "Delete this draft" }).click();
  await page.getByRole("button", { name: "Delete draft" }).click();
  await expect(page.getByText("Draft assessment deleted")).toBeVisible();
  await expect(page.getByRole("link", { name: "Printers to delete" })).toHaveCount(0);

  await page.getByLabel("Search", { exact: true }).fill("wireless libraries");
  await page.getByLabel("Sort by").selectOption("deadline");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/q=wireless\+libraries&sort=deadline/);
  await expect(page.getByRole("table").getByRole("link")).toHaveText(["Wireless for schools and libraries"]);
  await expectAccessible(page);
  await page.getByLabel("Search", { exact: true }).fill("no such procurement");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByTestId("no-assessments")).toContainText("No assessments match");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("deleting a draft and removing a criterion work as plain HTML forms", async ({ page }) => {
    await signIn(page, officer);
    await createDraft(page, "Scanners to delete", "LIFE-2027-098");
    await page.getByRole("link", { name: "Delete this draft" }).click();
    await page.getByRole("button", { name: "Delete draft" }).click();
    await expect(page.getByText("Draft assessment deleted")).toBeVisible();

    await page.goto(shared.url);
    const criterion = page.locator('a[href*="/criteria/"]').first();
    const criterionTitle = (await criterion.textContent())!.trim();
    await criterion.click();
    await page.getByRole("button", { name: "Remove criterion" }).click();
    await page.getByRole("button", { name: "Remove criterion" }).click();
    await expect(page.getByText("Criterion removed")).toBeVisible();
    await expect(page.locator('a[href*="/criteria/"]').filter({ hasText: criterionTitle })).toHaveCount(0);
    // Its weight is given back to another criterion, so the assessment can still be published.
    const db = database();
    try {
      const rows = db.prepare("SELECT id, weight FROM AssessmentCriterion WHERE assessmentId = ? ORDER BY position").all(shared.id) as { id: string; weight: number }[];
      const missing = 100 - rows.reduce((sum, row) => sum + row.weight, 0);
      db.prepare("UPDATE AssessmentCriterion SET weight = weight + ? WHERE id = ?").run(missing, rows[0].id);
    } finally {
      db.close();
    }
  });

  test("a deadline is extended after publishing, confirmed first, as plain HTML forms", async ({ page }) => {
    await signIn(page, officer);
    await chooseLanguage(page, "en", `${shared.url}/publish`);
    await page.getByRole("button", { name: /^Publish/ }).click();
    await expect(page.getByText("Assessment published")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Open");
    // Three suppliers invited: two will submit, one never will.
    sql((db) => {
      for (const name of ["Greenbyte Hosting Ltd", "Blue Cloud Ltd", "Hafod Systems Ltd"]) {
        db.prepare("INSERT INTO SupplierInvitation (id, assessmentId, supplierOrganisationId, invitedById, createdAt) VALUES (?, ?, ?, ?, ?)").run(newId(), shared.id, idOf("Organisation", "nameEn", name), idOf("User", "email", officer), stored(new Date()));
      }
    });
    await page.reload();
    await page.getByRole("button", { name: "Extend the deadline" }).click();
    await page.getByLabel("Month", { exact: true }).fill("5");
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("New response deadline must be later than the current deadline");
    await page.getByLabel("Month", { exact: true }).fill("6");
    await page.getByLabel("Day", { exact: true }).fill("15");
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check the new deadline");
    await expect(page.getByText("The 3 invited suppliers will be told of the new deadline.")).toBeVisible();
    await page.getByRole("button", { name: "Extend deadline" }).click();
    await expect(page.getByText("Deadline extended. Every invited supplier will be told")).toBeVisible();
    await expect(page.locator(".govuk-summary-list").first()).toContainText(`15 June ${nextYear}`);
  });
});

test("a deadline is extended with JavaScript too, never shortened; the audit log records it", async ({ page }) => {
  await signIn(page, officer);
  await chooseLanguage(page, "en", `${shared.url}/deadline`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Extend the response deadline");
  await expectAccessible(page);
  await page.getByLabel("Day", { exact: true }).fill("22");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check the new deadline");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Cancel and keep the current deadline" }).click();
  await expect(page.locator(".govuk-summary-list").first()).toContainText(`15 June ${nextYear}`);
  await page.goto(`${shared.url}/deadline`);
  await page.getByLabel("Day", { exact: true }).fill("22");
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: "Extend deadline" }).click();
  await expect(page.getByText("Deadline extended")).toBeVisible();
  await expect(page.locator(".govuk-summary-list").first()).toContainText(`22 June ${nextYear}`);
  const extensions = sql((db) => db.prepare("SELECT COUNT(*) AS n FROM AuditEvent WHERE subjectId = ? AND action = 'assessment.deadline-extended'").get(shared.id) as { n: number });
  expect(extensions.n).toBe(2);
});

test("at the deadline the status changes: closed, then evaluated once every score is in; suppliers that never submitted are shown so", async ({ page }) => {
  // Two suppliers submit; then the deadline passes.
  sql((db) => {
    for (const [index, name] of ["Greenbyte Hosting Ltd", "Blue Cloud Ltd"].entries()) {
      db.prepare("INSERT INTO Response (id, assessmentId, supplierOrganisationId, status, evidence, startedAt, submittedAt, reference, version) VALUES (?, ?, ?, 'submitted', '{}', ?, ?, ?, 1)").run(
        newId(), shared.id, idOf("Organisation", "nameEn", name), stored(new Date()), stored(new Date()), `${reference}-00${index + 1}`,
      );
    }
    db.prepare("UPDATE Assessment SET responseDeadline = ? WHERE id = ?").run(stored(new Date(Date.now() - 60_000)), shared.id);
  });
  await signIn(page, officer);
  await chooseLanguage(page, "en", shared.url);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Closed");
  await expect(page.getByRole("row", { name: /Hafod Systems Ltd/ })).toContainText("Did not submit");
  await expect(page.getByRole("row", { name: /Greenbyte Hosting Ltd/ })).toContainText("Submitted");
  await expect(page.getByRole("button", { name: "Extend the deadline" })).toHaveCount(0);
  await expectAccessible(page);

  // The officer, the only evaluator, scores both tenders: Greenbyte 4 everywhere, Blue Cloud 2.
  sql((db) => {
    const criteria = db.prepare("SELECT id FROM AssessmentCriterion WHERE assessmentId = ?").all(shared.id) as { id: string }[];
    const responses = db.prepare("SELECT r.id, o.nameEn FROM Response r JOIN Organisation o ON o.id = r.supplierOrganisationId WHERE r.assessmentId = ?").all(shared.id) as { id: string; nameEn: string }[];
    for (const response of responses) {
      for (const criterion of criteria) {
        db.prepare("INSERT INTO EvaluatorScore (id, assessmentId, responseId, criterionId, evaluatorId, score, justification, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)").run(
          newId(), shared.id, response.id, criterion.id, idOf("User", "email", officer), response.nameEn.startsWith("Greenbyte") ? 4 : 2, "Scored against the descriptors.", stored(new Date()), stored(new Date()),
        );
      }
    }
  });
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Evaluated");
  await signOut(page);

  await signIn(page, "admin@hafodsystems.example");
  await chooseLanguage(page, "en", "/responses");
  await expect(page.getByRole("row", { name: /Wireless for schools and libraries/ })).toContainText("Did not submit");
  await expectAccessible(page);
});

test("the officer awards the contract after a confirmation, with the standstill period", async ({ page }) => {
  await signIn(page, officer);
  await chooseLanguage(page, "en", shared.url);
  await page.getByRole("button", { name: "Record the outcome" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Record the outcome");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("Select whether the contract is awarded or the procurement cancelled");
  await expectAccessible(page);
  await page.getByLabel("Award the contract").check();
  await page.getByLabel(/^Greenbyte Hosting Ltd \(ranked 1/).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check the award before recording it");
  await expect(page.getByTestId("standstill")).toContainText("Standstill period: 8 working days");
  await expect(page.getByText("The 2 suppliers that submitted will be told the outcome.")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Record the award" }).click();
  await expect(page.getByText("Award recorded. Every supplier that submitted will be told the outcome")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Awarded");
  await expect(page.locator("#lifecycle .govuk-summary-list__row").filter({ hasText: "Awarded to" })).toContainText("Greenbyte Hosting Ltd");
  await expect(page.getByTestId("standstill")).toBeVisible();
  await expectAccessible(page);

  // The summaries are released as before.
  await page.getByRole("link", { name: "See the results" }).click();
  await page.getByRole("link", { name: "Release the assessment summaries" }).click();
  await page.getByRole("button", { name: "Release the summaries" }).click();
  await expect(page.getByText("Assessment summaries released")).toBeVisible();

  // In Welsh, the overview says it was awarded.
  await chooseLanguage(page, "cy", shared.url);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Wedi’i ddyfarnu");
  await expect(page.getByTestId("standstill")).toContainText("Cyfnod segur: 8 diwrnod gwaith");
  await expectAccessible(page);
});

test("the unsuccessful supplier sees 'not awarded' and its summary; the winner sees 'awarded'; in Welsh too", async ({ page }) => {
  await signIn(page, "admin@cwmwlglas.example");
  await chooseLanguage(page, "en", "/responses");
  await expect(page.getByRole("row", { name: /Wireless for schools and libraries/ })).toContainText("Not awarded");
  await page.goto(`/responses/${shared.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Not awarded");
  await expect(page.getByTestId("outcome")).toContainText("The buyer has awarded the contract to another supplier. Your tender was not successful.");
  await expect(page.getByTestId("standstill")).toBeVisible();
  await expect(page.getByTestId("summary-released")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Read your assessment summary" }).click();
  await expect(page.getByTestId("most-advantageous")).toContainText("Greenbyte Hosting Ltd");
  await chooseLanguage(page, "cy", `/responses/${shared.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Heb ei ddyfarnu");
  await expect(page.getByTestId("outcome")).toContainText("Nid oedd eich tendr yn llwyddiannus.");
  await expectAccessible(page);
  await signOut(page);

  await signIn(page, "admin@greenbyte.example");
  await chooseLanguage(page, "en", "/responses");
  await expect(page.getByRole("row", { name: /Wireless for schools and libraries/ })).toContainText("Awarded");
});

test("a finished assessment is archived and found again under archived assessments", async ({ page }) => {
  await signIn(page, officer);
  await chooseLanguage(page, "en", shared.url);
  await page.getByRole("button", { name: "Archive this assessment" }).click();
  await expect(page.getByText("Assessment archived")).toBeVisible();
  await page.goto("/assessments");
  await expect(page.getByRole("link", { name: "Wireless for schools and libraries" })).toHaveCount(0);
  await page.getByLabel("Archived assessments").selectOption("only");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByRole("table").getByRole("link")).toHaveText(["Wireless for schools and libraries"]);
});

test("a supplier withdraws its response only after a confirmation, with and without JavaScript", async ({ page, browser }) => {
  // An open assessment Blue Cloud has submitted to.
  await signIn(page, officer);
  const url = await createDraft(page, "Cloud backup", "LIFE-2027-010");
  const id = url.split("/").pop()!;
  await page.goto(`${url}/publish`);
  await page.getByRole("button", { name: /^Publish/ }).click();
  await expect(page.getByText("Assessment published")).toBeVisible();
  sql((db) => {
    const supplier = idOf("Organisation", "nameEn", "Blue Cloud Ltd");
    db.prepare("INSERT INTO SupplierInvitation (id, assessmentId, supplierOrganisationId, invitedById, createdAt) VALUES (?, ?, ?, ?, ?)").run(newId(), id, supplier, idOf("User", "email", officer), stored(new Date()));
    db.prepare("INSERT INTO Response (id, assessmentId, supplierOrganisationId, status, evidence, startedAt, submittedAt, reference, version) VALUES (?, ?, ?, 'submitted', '{}', ?, ?, 'LIFE-2027-010-001', 1)").run(newId(), id, supplier, stored(new Date()), stored(new Date()));
  });
  await signOut(page);

  await signIn(page, "admin@cwmwlglas.example");
  await chooseLanguage(page, "en", `/responses/${id}`);
  await page.getByRole("button", { name: "Withdraw response" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Are you sure you want to withdraw your response to ‘Cloud backup’?");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Cancel and keep it submitted" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Submitted");

  const context = await browser.newContext({ baseURL: new URL(page.url()).origin, javaScriptEnabled: false, storageState: await page.context().storageState() });
  const plain = await context.newPage();
  await plain.goto(`/responses/${id}/withdraw`);
  await plain.getByRole("button", { name: "Withdraw response" }).click();
  await expect(plain.getByText("Response withdrawn.")).toBeVisible();
  await expect(plain.getByRole("heading", { level: 1 })).toContainText("Withdrawn");
  await context.close();
});

test("the officer edits a clarification question before publishing it; suppliers never see who asked", async ({ page }) => {
  const id = sql((db) => (db.prepare("SELECT id FROM Assessment WHERE reference = 'LIFE-2027-010'").get() as { id: string }).id);
  await signIn(page, "admin@cwmwlglas.example");
  await chooseLanguage(page, "en", `/responses/${id}/questions`);
  await page.getByLabel("Your question").fill("Blue Cloud here: may we host in Dublin?");
  await page.getByRole("button", { name: "Send question" }).click();
  await expect(page.getByText("Question sent to the buyer")).toBeVisible();
  await signOut(page);

  await signIn(page, officer);
  await chooseLanguage(page, "en", `/assessments/${id}/questions`);
  await expect(page.getByRole("main")).not.toContainText("Blue Cloud Ltd");
  await expect(page.getByLabel("Wording to publish")).toHaveValue("Blue Cloud here: may we host in Dublin?");
  await expectAccessible(page);
  // The wording is published as it stands on the form, together with the answer: never the asker's own words.
  await page.getByLabel("Wording to publish").fill("May a supplier host in Dublin?");
  await page.getByLabel("Your answer").fill("Yes, within the UK or the EEA.");
  await page.getByRole("button", { name: "Publish answer" }).click();
  await expect(page.getByText("Answer published to every invited supplier")).toBeVisible();
  await expect(page.getByTestId("clarifications")).toContainText("May a supplier host in Dublin?");
  await expect(page.getByLabel("Wording to publish")).toHaveCount(0);
});

test.describe("without JavaScript, the outcome", () => {
  test.use({ javaScriptEnabled: false });

  test("an open procurement is cancelled after a confirmation, as plain HTML forms", async ({ page }) => {
    const id = sql((db) => (db.prepare("SELECT id FROM Assessment WHERE reference = 'LIFE-2027-010'").get() as { id: string }).id);
    await signIn(page, officer);
    await chooseLanguage(page, "en", `/assessments/${id}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Open");
    await page.getByRole("link", { name: "Cancel the procurement" }).click();
    await expect(page.getByText("The contract can be awarded once every submitted tender is fully scored")).toBeVisible();
    await page.getByLabel("Cancel the procurement").check();
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check the cancellation before recording it");
    await expect(page.getByTestId("standstill")).toHaveCount(0);
    await page.getByRole("button", { name: "Record the cancellation" }).click();
    await expect(page.getByText("Cancellation recorded")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Cancelled");
    await expect(page.getByRole("link", { name: "Extend the deadline" })).toHaveCount(0);
  });
});
