import { expect, test, type Page } from "@playwright/test";
import { waitForMail } from "./mailbox";
import { chooseLanguage, expectAccessible, signIn, signOut } from "./support";

// The demo seed's assessment waiting to be scored (prisma/seed-scoring-journey.ts): Caerwen County Council,
// evaluators the officer and Gareth Morgan; Greenbyte, Blue Cloud (Cwmwl Glas) and Hafod have submitted.
const title = "End-user devices and support";
const titleCy = "Dyfeisiau defnyddwyr a chymorth";
const sharedSpecialist = "specialist@afonvalley.example";

/** Opens the seeded assessment from the list, where it is named in the page's language. */
async function openAssessment(page: Page, name = title) {
  await page.goto("/assessments");
  await page.getByRole("link", { name }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  return new URL(page.url()).pathname;
}

/** Scores every criterion: `score(index)` for the index-th criterion, with a justification. */
async function fillScoreSheet(page: Page, score: (index: number) => number, justification = "Scored against the descriptors and the evidence.") {
  await expect(page.locator("input[type=radio][name^=score-]").first()).toBeVisible();
  const names = await page.locator("input[type=radio][name^=score-]").evaluateAll((inputs) => [...new Set(inputs.map((input) => (input as HTMLInputElement).name))]);
  for (const [index, name] of names.entries()) {
    await page.locator(`input[name="${name}"][value="${score(index)}"]`).check();
    await page.locator(`textarea[name="justification-${name.slice("score-".length)}"]`).fill(justification);
  }
  return names.length;
}

test.describe("the specialist's journey", () => {
  test("conflicts, independent scoring, divergence and a consensus, in English", async ({ page }) => {
    await signIn(page, "specialist@caerwen.example");
    await chooseLanguage(page, "en", "/assessments");
    const url = await openAssessment(page);
    await page.goto(`${url}/scoring`);
    await expect(page.getByTestId("scoring-suppliers").getByRole("row", { name: /Greenbyte Hosting Ltd/ })).toContainText("Declare conflicts first");
    await expectAccessible(page);

    // Before seeing the response: a declaration, with its mistakes named.
    await page.getByRole("link", { name: "Greenbyte Hosting Ltd" }).click();
    await expect(page.getByTestId("evidence")).toHaveCount(0);
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("Select whether you have a conflict of interest");
    await expectAccessible(page);
    await page.getByLabel("No, I have no conflict of interest").check();
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByText("Declaration recorded")).toBeVisible();

    // Answers, evidence, the pre-score with reasons and the descriptors; nothing of the others' scores.
    await expect(page.getByText("Our net-zero target is validated by SBTi")).toBeVisible();
    await expect(page.getByTestId("evidence")).toContainText("Science Based Targets initiative (SBTi)");
    await expect(page.locator("[data-testid^=pre-score-]").first()).toContainText("Automated pre-score:");
    await expect(page.getByText("Other evaluators' scores")).toHaveCount(0);
    await expectAccessible(page);

    // Missing scores are named; what was chosen is kept.
    await page.locator("input[type=radio][name^=score-]").first().check();
    await page.getByRole("button", { name: "Submit my scores" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText(/Enter a justification for /);
    await expect(page.locator(".govuk-error-summary")).toContainText(/Select a score for /);
    await expect(page.locator("input[type=radio][name^=score-]").first()).toBeChecked();
    await expectAccessible(page);
    await fillScoreSheet(page, (index) => (index === 0 ? 1 : 3));
    await page.getByRole("button", { name: "Submit my scores" }).click();
    await expect(page.getByText("Your scores have been submitted")).toBeVisible();
    await expect(page.getByTestId("my-scores")).toBeVisible();
    await expect(page.getByText("No other evaluator has submitted scores for this supplier yet.")).toBeVisible();
    await expect(page.getByText("Still to submit: Siân Prydderch")).toBeVisible();
    await expectAccessible(page);

    // A conflict with another supplier blocks scoring it.
    await page.goto(`${url}/scoring`);
    await page.getByRole("link", { name: "Hafod Systems Ltd" }).click();
    await page.getByLabel("Yes, I have a conflict of interest").check();
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("Describe the conflict of interest");
    await page.getByLabel("Describe the conflict").fill("I advised Hafod Systems on its carbon plan last year.");
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByTestId("conflict-status")).toContainText("until the procurement officer decides");
    await expect(page.getByTestId("evidence")).toHaveCount(0);
    await expectAccessible(page);
    await signOut(page);

    // The officer decides on the conflict, then scores Greenbyte and only then sees the specialist's scores.
    await signIn(page, "officer@caerwen.example");
    await chooseLanguage(page, "en", `${url}/scoring`);
    const conflict = page.getByTestId("conflict").filter({ hasText: "Hafod Systems Ltd" });
    await expect(conflict).toContainText("I advised Hafod Systems on its carbon plan last year.");
    await expectAccessible(page);
    await conflict.getByRole("button", { name: "Record decision" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("Select whether to allow or exclude the evaluator");
    await page.getByTestId("conflict").filter({ hasText: "Hafod Systems Ltd" }).getByLabel("Exclude them from scoring this supplier").check();
    await page.getByTestId("conflict").filter({ hasText: "Hafod Systems Ltd" }).getByRole("button", { name: "Record decision" }).click();
    await expect(page.getByText("Decision recorded")).toBeVisible();
    await expect(page.getByTestId("conflict").filter({ hasText: "Hafod Systems Ltd" })).toContainText("Excluded from scoring this supplier");
    // The specialist is told, in the language of their profile.
    const decided = await waitForMail("specialist@caerwen.example", "conflict-decided", "Hafod Systems Ltd");
    expect(decided.text).toContain("Hafod Systems Ltd");
    expect(decided.text).toContain(decided.language === "cy" ? "Penderfyniad: ni fyddwch yn sgorio’r cyflenwr hwn." : "Decision: you will not score this supplier.");

    await page.getByRole("link", { name: "Greenbyte Hosting Ltd" }).click();
    await page.getByLabel("No, I have no conflict of interest").check();
    await page.getByRole("button", { name: "Continue" }).click();
    await fillScoreSheet(page, (index) => (index === 0 ? 4 : 3));
    await page.getByRole("button", { name: "Submit my scores" }).click();
    await expect(page.getByTestId("other-scores")).toContainText("Gareth Morgan");
    await expectAccessible(page);

    // Moderation: the divergent criterion with both scores; a consensus needs a rationale.
    await page.goto(`${url}/moderation`);
    const divergence = page.getByTestId("divergence").filter({ hasText: "Greenbyte Hosting Ltd" });
    await expect(divergence).toHaveCount(1);
    await expect(divergence).toContainText("Scores differ by 3");
    await expect(divergence).toContainText("Gareth Morgan");
    await expect(divergence).toContainText("Siân Prydderch");
    await expectAccessible(page);
    await divergence.getByLabel(/^3: /).check();
    await divergence.getByRole("button", { name: "Record consensus score" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("Enter the rationale for the consensus score");
    const again = page.getByTestId("divergence").filter({ hasText: "Greenbyte Hosting Ltd" });
    await expect(again.getByLabel(/^3: /)).toBeChecked();
    await again.getByLabel("Rationale", { exact: true }).fill("A validated target and a road map, but progress is only one year old.");
    await again.getByRole("button", { name: "Record consensus score" }).click();
    await expect(page.getByText("Consensus score recorded")).toBeVisible();
    await expect(page.getByTestId("consensus")).toContainText("Consensus score: 3");
    await expect(page.getByTestId("divergence").filter({ hasText: "Greenbyte Hosting Ltd" })).toContainText("Gareth Morgan");
    await expectAccessible(page);

    await page.goto(`${url}/results`);
    await expect(page.getByTestId("ranking")).toContainText("Greenbyte Hosting Ltd");
    // The tenders still waiting for scores say whose, by name, and for which criterion, by title: no ids.
    await expect(page.getByText(/are missing from: (Siân Prydderch|Gareth Morgan)/).first()).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe("the specialist's journey in Welsh", () => {
  test("a declaration, a refused and a complete score sheet, and a consensus, in Welsh", async ({ page }) => {
    await signIn(page, "specialist@caerwen.example");
    await chooseLanguage(page, "cy", "/assessments");
    const url = await openAssessment(page, titleCy);
    await page.goto(`${url}/scoring`);
    await expect(page.locator("html")).toHaveAttribute("lang", "cy");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sgorio");
    await page.getByRole("link", { name: "Cwmwl Glas Cyf" }).click();
    await page.getByRole("button", { name: "Parhau" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("Dewiswch a oes gennych wrthdaro buddiannau");
    await expectAccessible(page);
    await page.getByLabel("Nac oes, nid oes gennyf wrthdaro buddiannau").check();
    await page.getByRole("button", { name: "Parhau" }).click();
    await expect(page.getByText("Datganiad wedi’i gofnodi")).toBeVisible();
    await expect(page.locator("[data-testid^=answer-][lang=cy]").filter({ hasText: "Rydym wedi ymrwymo" })).toBeVisible();
    await expectAccessible(page);

    const count = await fillScoreSheet(page, (index) => (index === 1 ? 0 : 2), "");
    await page.getByRole("button", { name: "Cyflwyno fy sgorau" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("Rhowch gyfiawnhad ar gyfer");
    await expect(page.locator("input[type=radio][name^=score-]:checked")).toHaveCount(count);
    await expectAccessible(page);
    await fillScoreSheet(page, (index) => (index === 1 ? 0 : 2), "Wedi’i sgorio yn erbyn y disgrifyddion.");
    await page.getByRole("button", { name: "Cyflwyno fy sgorau" }).click();
    await expect(page.getByText("Mae eich sgorau wedi’u cyflwyno")).toBeVisible();
    await expectAccessible(page);
    await signOut(page);

    await signIn(page, "officer@caerwen.example");
    await chooseLanguage(page, "cy", `${url}/scoring`);
    await page.getByRole("link", { name: "Cwmwl Glas Cyf" }).click();
    await page.getByLabel("Nac oes, nid oes gennyf wrthdaro buddiannau").check();
    await page.getByRole("button", { name: "Parhau" }).click();
    await fillScoreSheet(page, (index) => (index === 1 ? 3 : 2), "Tystiolaeth dda.");
    await page.getByRole("button", { name: "Cyflwyno fy sgorau" }).click();
    await expect(page.getByTestId("other-scores")).toContainText("Gareth Morgan");

    await page.goto(`${url}/moderation`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cymedroli");
    const divergence = page.getByTestId("divergence").filter({ hasText: "Cwmwl Glas Cyf" });
    await expect(divergence).toContainText("Mae’r sgorau’n gwahaniaethu o 3");
    await expectAccessible(page);
    await divergence.getByRole("button", { name: "Cofnodi sgôr consensws" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("Dewiswch y sgôr consensws");
    await expectAccessible(page);
    const again = page.getByTestId("divergence").filter({ hasText: "Cwmwl Glas Cyf" });
    await again.getByLabel(/^1: /).check();
    await again.getByLabel("Rhesymeg", { exact: true }).fill("Polisi ar waith ond dim tystiolaeth o gynnydd eto.");
    await again.getByRole("button", { name: "Cofnodi sgôr consensws" }).click();
    await expect(page.getByText("Sgôr consensws wedi’i chofnodi")).toBeVisible();
    await expect(page.getByTestId("divergence").filter({ hasText: "Cwmwl Glas Cyf" }).getByTestId("consensus")).toContainText("Sgôr consensws: 1");
    await chooseLanguage(page, "en", "/assessments");
  });
});

test.describe("scoring without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the officer declares, is refused with every value kept, then submits, as plain HTML forms", async ({ page }) => {
    await signIn(page, "officer@caerwen.example");
    await chooseLanguage(page, "en", "/assessments");
    const url = await openAssessment(page);
    await page.goto(`${url}/scoring`);
    await page.getByRole("link", { name: "Hafod Systems Ltd" }).click();
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("Select whether you have a conflict of interest");
    await page.getByLabel("Yes, I have a conflict of interest").check();
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("Describe the conflict of interest");
    await expect(page.getByLabel("Yes, I have a conflict of interest")).toBeChecked();
    await page.getByLabel("No, I have no conflict of interest").check();
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByText("Declaration recorded")).toBeVisible();

    const count = await fillScoreSheet(page, () => 2, "");
    await page.getByRole("button", { name: "Submit my scores" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText(/Enter a justification for /);
    await expect(page.locator("input[type=radio][name^=score-]:checked")).toHaveCount(count);
    await fillScoreSheet(page, () => 2);
    await page.getByRole("button", { name: "Submit my scores" }).click();
    await expect(page.getByText("Your scores have been submitted")).toBeVisible();
    // The specialist was excluded from this supplier for a conflict: nobody else is expected to score it.
    await expect(page.getByText("No other evaluator has submitted scores for this supplier yet.")).toBeVisible();
    await expect(page.getByText(/Still to submit/)).toHaveCount(0);
  });
});

test.describe("who may see scoring", () => {
  test("a specialist of another public body sees the one assessment only while granted", async ({ page }) => {
    await signIn(page, "officer@caerwen.example");
    await chooseLanguage(page, "en", "/assessments");
    const url = await openAssessment(page);
    const example = await page.goto("/assessments").then(() => page.getByRole("link", { name: "Cloud hosting for council services" }).first().getAttribute("href"));
    await page.goto(url);
    await page.getByLabel("Specialist's work email").fill("officer@northshire.example");
    await page.getByRole("button", { name: "Give access" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("Enter the email address of a sustainability specialist at another public body");
    await expect(page.getByLabel("Specialist's work email")).toHaveValue("officer@northshire.example");
    await page.getByLabel("Specialist's work email").fill(sharedSpecialist);
    await page.getByRole("button", { name: "Give access" }).click();
    await expect(page.getByText("Access given to the specialist")).toBeVisible();
    await expect(page.getByTestId("shared-specialists")).toContainText("Nia Roberts (specialist@afonvalley.example) of Afon Valley Health Board");
    await expectAccessible(page);
    await signOut(page);

    await signIn(page, sharedSpecialist);
    await chooseLanguage(page, "en", "/assessments");
    await expect(page.getByRole("link", { name: title })).toBeVisible();
    await expect(page.getByRole("link", { name: "Cloud hosting for council services" })).toHaveCount(0);
    expect((await page.goto(example!))?.status()).toBe(404);
    expect((await page.goto(`${url}/scoring`))?.status()).toBe(200);
    await expect(page.getByTestId("scoring-suppliers")).toContainText("Greenbyte Hosting Ltd");
    await expectAccessible(page);
    expect((await page.goto(`${url}/moderation`))?.status()).toBe(404);
    await signOut(page);

    await signIn(page, "officer@caerwen.example");
    await page.goto(url);
    await page.getByTestId("shared-specialists").getByRole("button", { name: /Revoke access/ }).click();
    await expect(page.getByText("Access revoked")).toBeVisible();
    await signOut(page);

    await signIn(page, sharedSpecialist);
    for (const path of [url, `${url}/scoring`]) expect((await page.goto(path))?.status(), path).toBe(404);
  });

  test("another buyer organisation, and people who are not evaluators, get 404 everywhere", async ({ page }) => {
    await signIn(page, "officer@caerwen.example");
    await chooseLanguage(page, "en", "/assessments");
    const url = await openAssessment(page);
    await page.goto(`${url}/scoring`);
    const supplierPath = await page.getByRole("link", { name: "Greenbyte Hosting Ltd" }).getAttribute("href");
    await signOut(page);
    const paths = [url, `${url}/scoring`, supplierPath!, `${url}/moderation`, `${url}/results`];

    await signIn(page, "officer@northshire.example");
    for (const path of paths) expect((await page.goto(path))?.status(), path).toBe(404);
    await expectAccessible(page);
    await signOut(page);

    await signIn(page, "admin@caerwen.example");
    for (const path of [`${url}/scoring`, supplierPath!, `${url}/moderation`]) expect((await page.goto(path))?.status(), path).toBe(404);
    await signOut(page);
    await signIn(page, "specialist@caerwen.example");
    expect((await page.goto(`${url}/moderation`))?.status()).toBe(404);
  });
});
