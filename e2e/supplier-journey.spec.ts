import { createHash, randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { elfExecutable, minimalPdf } from "./fixtures/evidence-files";
import { chooseLanguage, expectAccessible, hydrated, signIn, signOut } from "./support";
import { english, findAssessmentId, insertSupplierInvitation } from "./supplier-support";

// The supplier's journey on the seeded open assessment "Managed desktops and hosting" of Caerwen County Council,
// inviting Greenbyte and Blue Cloud; "Network refresh" invites Greenbyte only. The tests run in order and share the
// database the e2e server created: each after the first relies on what the ones before it did.
// Greenbyte's response to "Network refresh" (two tabs, a late submission) is in supplier-network-refresh.spec.ts.
test.describe.configure({ mode: "serial" });

const shared = { fileHref: "", managed: "", network: "" };

async function answerAndContinue(page: Page, text: string) {
  await page.locator("#answer").fill(text);
  await page.getByRole("button", { name: "Save and continue" }).click();
}

test("a supplier copies its evidence, answers with files, declares its footprint, submits, withdraws and resubmits", async ({ page }) => {
  shared.managed = await findAssessmentId("CCC-2026-031");
  shared.network = await findAssessmentId("CCC-2026-032");
  await signIn(page, "admin@greenbyte.example");
  await english(page, "/dashboard");
  // The dashboard puts first the responses to send, the soonest deadline first, and says how far each has got.
  const waiting = page.getByTestId("work-waiting").getByRole("listitem");
  await expect(waiting.filter({ hasText: "Managed desktops and hosting" })).toContainText(/CCC-2026-031\. Closes .+\. \d+ of \d+ questions answered/);
  await expect(page.getByRole("row", { name: /Managed desktops and hosting/ })).toContainText(/\d+ of \d+ questions answered/);
  await expectAccessible(page);

  await page.getByRole("link", { name: "Your organisation's evidence profile" }).click();
  await expect(page.getByTestId("profile-evidence")).toContainText("Expired");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Change evidence" }).click();
  // Dates are GOV.UK date inputs; each problem names its field.
  const msat = page.getByTestId("profile-msat");
  await msat.locator('[name="msat_asAtDay"]').fill("31");
  await msat.locator('[name="msat_asAtMonth"]').fill("2");
  await msat.locator('[name="msat_asAtYear"]').fill("2026");
  await page.locator("#crp_netZeroYear").fill("soon");
  await page.getByRole("button", { name: "Save evidence profile" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("Modern Slavery Assessment Tool (MSAT): Date the evidence stands at must be a real date");
  await expect(page.locator(".govuk-error-summary")).toContainText("Year by which you commit to net zero must be a year, like 2040");
  await expect(page.locator("#crp_netZeroYear")).toHaveValue("soon");
  await expect(msat.locator('[name="msat_asAtDay"]')).toHaveValue("31");
  await expectAccessible(page);
  await msat.locator('[name="msat_asAtDay"]').fill("15");
  await msat.locator('[name="msat_asAtMonth"]').fill("4");
  // The circular-economy and supply-chain answers the rules engine reads.
  await page.getByRole("group", { name: "Do you have a circular ICT policy?" }).getByLabel("Yes").check();
  await page.getByLabel("Percentage of tier 1 suppliers with carbon and environmental data").fill("60");
  await page.locator("#crp_netZeroYear").fill("2040");
  await page.getByRole("button", { name: "Save evidence profile" }).click();
  await expect(page.getByText("Evidence profile saved")).toBeVisible();
  await expect(page.getByTestId("profile-evidence")).toContainText("Do you have a circular ICT policy? Yes");
  await expect(page.getByTestId("profile-evidence")).toContainText("Percentage of tier 1 suppliers with carbon and environmental data 60%");

  await page.goto("/responses");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Managed desktops and hosting" }).click();
  await page.waitForURL(/\/responses\/[^/?]+$/);
  await expect(page.getByRole("button", { name: "Copy evidence from your profile" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Copy evidence from your profile" }).click();
  await expect(page.getByText("Evidence copied from your profile")).toBeVisible();
  await expect(page.getByTestId("response-evidence")).toContainText("Expired");
  await expect(page.getByTestId("evidence-copied")).toContainText("Copied from your evidence profile on");

  // The first question: an executable named .pdf is refused by its content, and what was typed is kept.
  await page.getByTestId("task-list").getByRole("link").first().click();
  await expect(page.getByTestId("criterion-evidence")).toBeVisible();
  await expectAccessible(page);
  await page.locator("#answer").fill("We commit to net zero by 2040, with targets validated by the SBTi.");
  await page.locator("#file").setInputFiles({ name: "carbon-plan.pdf", mimeType: "application/pdf", buffer: elfExecutable() });
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("The selected file must be a PDF, DOCX, ODT, XLSX, ODS, PNG or JPEG");
  await expect(page.locator("#answer")).toHaveValue("We commit to net zero by 2040, with targets validated by the SBTi.");
  await expectAccessible(page);
  await page.locator("#file").setInputFiles({ name: "carbon-plan.pdf", mimeType: "application/pdf", buffer: minimalPdf() });
  await page.getByRole("button", { name: "Save and add another file" }).click();
  await expect(page.getByText("Answer saved")).toBeVisible();
  const link = page.getByTestId("files").getByRole("link", { name: "carbon-plan.pdf" });
  shared.fileHref = (await link.getAttribute("href"))!;
  const download = await page.request.get(shared.fileHref);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect(download.headers()["content-disposition"]).toMatch(/^attachment; filename="carbon-plan.pdf"/);
  expect(download.headers()["x-content-type-options"]).toBe("nosniff");
  expect(Buffer.compare(await download.body(), minimalPdf())).toBe(0);

  // The rest of the questions, one page each, then the footprint.
  const total = Number(/of (\d+)/.exec((await page.locator(".govuk-caption-l").textContent()) ?? "")![1]);
  await page.getByRole("button", { name: "Save and continue" }).click();
  // Part of the second answer is saved to finish later: the task list says it is in progress, not completed.
  await expect(page.locator(".govuk-caption-l")).toHaveText(`Question 2 of ${total}`);
  await page.locator("#answer").fill("Our answer, so far");
  await page.getByRole("button", { name: "Save and come back later" }).click();
  await expect(page.getByText("You can come back and finish your response at any time before the deadline")).toBeVisible();
  const second = page.getByTestId("task-list").getByRole("listitem").nth(1);
  await expect(second.locator(".govuk-task-list__status")).toHaveText("In progress");
  // An answer left to come back to is not counted as answered.
  await expect(page.getByRole("heading", { name: /^Questions \(1 of \d+ answered\)$/ })).toBeVisible();
  await expect(page.getByTestId("task-list").getByRole("listitem").first().locator(".govuk-task-list__status")).toHaveText("Completed");
  await second.getByRole("link").click();
  await expect(page.locator("#answer")).toHaveValue("Our answer, so far");
  for (let number = 2; number <= total; number += 1) {
    await expect(page.locator(".govuk-caption-l")).toHaveText(`Question ${number} of ${total}`);
    await answerAndContinue(page, "Our answer, with the evidence asked for.");
  }
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Service footprint declaration");
  await expectAccessible(page);
  // Each hosting line and device line is a numbered group; the blank ones after the first wait in a details element.
  const hosting = (line: number) => page.getByRole("group", { name: `Hosting line ${line}`, exact: true });
  const device = (line: number) => page.getByRole("group", { name: `Device line ${line}`, exact: true });
  await expect(hosting(2)).toBeHidden();
  await hosting(1).getByLabel("Electricity used for the service in hosting, in kWh a year").fill("lots");
  await page.getByRole("button", { name: "Save and see the estimate" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("Electricity used on hosting line 1 must be a number from 0 to 10,000,000,000, like 12000");
  await hosting(1).getByLabel("Electricity used for the service in hosting, in kWh a year").fill("12000");
  await device(1).getByLabel("Description of the devices").fill("Laptops");
  await device(1).getByLabel("End-user device").check();
  await device(1).getByLabel("Number of devices").fill("100");
  await device(1).getByLabel("Embodied carbon of each device, in kg CO2e").fill("300");
  await device(1).getByLabel("Expected lifetime, in years").fill("4");
  await page.getByRole("button", { name: "Save and see the estimate" }).click();
  await expect(page.getByText("Footprint declaration saved")).toBeVisible();
  // The deadline is in 2025 or later, so the DESNZ 2025 factors: 12,000 kWh × 0.177 = 2,124 kg, transmission and
  // distribution 12,000 kWh × 0.0163 = 195.6 kg, and 100 × 300 kg / 4 years = 7,500 kg: 9,819.6 kg.
  await expect(page.getByTestId("footprint-total")).toHaveText("9.82 tonnes CO2e a year");
  await expect(page.getByTestId("footprint-basis")).toContainText("UK Government greenhouse gas conversion factors for company reporting 2025 (DESNZ)");
  // Each line names its factors as a person reads them, never by the catalogue's ids.
  await expect(page.getByTestId("footprint-estimate")).toContainText("UK electricity, transmission and distribution losses (2025)");
  await expect(page.getByTestId("footprint-estimate")).not.toContainText("desnz-");
  await expectAccessible(page);
  // A common kind of device instead of a figure: Boavizta's laptop default, 241 kg, marked as one the supplier can
  // replace; and the footprint per user: 2,124 + 195.6 + 100 × 241 / 4 = 8,344.6 kg = 8.34 t; ÷ 120 users = 69.5 kg.
  const laptop = device(1).getByLabel("Laptop", { exact: true });
  await expect(laptop).toHaveAccessibleDescription(/Default 241 kg CO2e each: the median of 422 manufacturers’ product carbon footprints \(Boavizta 2023, ODbL-1.0\)/);
  await laptop.check();
  await device(1).getByLabel("Embodied carbon of each device, in kg CO2e").fill("");
  await page.getByLabel("User a year").check();
  await page.getByLabel("Number of users, or of transactions, in a year").fill("120");
  await page.getByRole("button", { name: "Save and see the estimate" }).click();
  await expect(page.getByText("Footprint declaration saved")).toBeVisible();
  await expect(page.getByTestId("footprint-total")).toContainText("8.34 tonnes CO2e a year");
  await expect(page.getByTestId("footprint-per-unit")).toHaveText("69.5 kg CO2e per user a year (120 users)");
  await expect(page.getByTestId("footprint-estimate")).toContainText("Default you can replace");
  await expect(page.getByTestId("footprint-estimate")).toContainText("Open Database License");
  await expect(laptop).toBeChecked();
  await expectAccessible(page);

  // A second hosting line in Ireland and a second kind of device. Line 2 of each is now shown; a partly filled device
  // line gets messages naming it, and nothing typed is lost. Ireland, Ember 2024: 3,000 kWh = 839.37 kg; switches
  // 2 × 350 kg / 5 years = 140 kg; with the 8,344.6 kg above, 9,323.97 kg = 9.32 t; ÷ 120 users = 77.7 kg.
  await hosting(2).getByLabel("Where the service is hosted").selectOption("IE");
  await hosting(2).getByLabel("Electricity used for the service in hosting, in kWh a year").fill("3000");
  await device(2).getByLabel("Description of the devices").fill("Core switches");
  await device(2).getByLabel("Network equipment").check();
  await device(2).getByLabel("Number of devices").fill("2");
  await page.getByRole("button", { name: "Save and see the estimate" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("Enter the embodied carbon of each device on device line 2, or select a common kind of device to use its default");
  await expect(page.locator(".govuk-error-summary")).toContainText("Enter the expected lifetime of the devices on device line 2");
  await expect(hosting(2).getByLabel("Electricity used for the service in hosting, in kWh a year")).toHaveValue("3000");
  await expect(hosting(2).getByLabel("Where the service is hosted")).toHaveValue("IE");
  await expect(device(2).getByLabel("Description of the devices")).toHaveValue("Core switches");
  await expect(device(2).getByLabel("Network equipment")).toBeChecked();
  await device(2).getByLabel("Embodied carbon of each device, in kg CO2e").fill("350");
  await device(2).getByLabel("Expected lifetime, in years").fill("5");
  await page.getByRole("button", { name: "Save and see the estimate" }).click();
  await expect(page.getByText("Footprint declaration saved")).toBeVisible();
  await expect(page.getByTestId("footprint-total")).toContainText("9.32 tonnes CO2e a year");
  await expect(page.getByTestId("footprint-per-unit")).toHaveText("77.7 kg CO2e per user a year (120 users)");
  for (const part of ["Hosting in the United Kingdom", "Hosting in Ireland", "Laptops: 100 × 241", "Core switches: 2 × 350"]) await expect(page.getByTestId("footprint-estimate")).toContainText(part);
  // Both lines of each come back in the form as saved.
  await expect(hosting(2).getByLabel("Where the service is hosted")).toHaveValue("IE");
  await expect(hosting(2).getByLabel("Electricity used for the service in hosting, in kWh a year")).toHaveValue("3000");
  await expect(device(1).getByLabel("Laptop", { exact: true })).toBeChecked();
  await expect(device(2).getByLabel("Embodied carbon of each device, in kg CO2e")).toHaveValue("350");
  await expectAccessible(page);

  // The buyer's pass/fail condition of participation: declared by the supplier, required before submitting.
  await page.getByRole("link", { name: "Continue to the conditions of participation" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Conditions of participation");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("Select whether your organisation meets the condition “Hold Cyber Essentials Plus certification”");
  await expectAccessible(page);
  await page.getByLabel("Yes").check();
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers before submitting your response");
  await expect(page.locator("main")).toContainText("Yes, our organisation meets this condition");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Submit response" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("Confirm that the response is complete and correct");
  await page.getByLabel(/I confirm, on behalf of Greenbyte Hosting Ltd/).check();
  await page.getByRole("button", { name: "Submit response" }).click();
  await expect(page.getByRole("heading", { name: "Response submitted" })).toBeVisible();
  await expect(page.getByTestId("submission-reference")).toHaveText(/^CCC-2026-031-[A-Z2-9]{6}$/);
  const firstReceipt = await page.getByTestId("receipt-hash").textContent();
  expect(firstReceipt).toMatch(/^[0-9a-f]{64}$/);
  await expectAccessible(page);

  await page.getByRole("button", { name: "Withdraw response" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Are you sure you want to withdraw your response");
  await page.getByRole("button", { name: "Withdraw response" }).click();
  await expect(page.getByText("Response withdrawn")).toBeVisible();
  await page.goto(`/responses/${shared.managed}/check`);
  await page.getByLabel(/I confirm/).check();
  await page.getByRole("button", { name: "Submit response" }).click();
  await expect(page.getByRole("heading", { name: "Response submitted" })).toBeVisible();
  expect(await page.getByTestId("receipt-hash").textContent()).not.toBe(firstReceipt);
  await signOut(page);
});

test("a clarification question is answered by the officer and published to every invited supplier without naming who asked", async ({ page }) => {
  await signIn(page, "admin@greenbyte.example");
  await english(page, `/responses/${shared.managed}/questions`);
  await page.getByRole("button", { name: "Send question" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("Enter your question");
  await page.getByLabel("Your question").fill("Does the footprint include the schools' broadband?");
  await page.getByRole("button", { name: "Send question" }).click();
  await expect(page.getByText("Question sent to the buyer")).toBeVisible();
  await expect(page.getByTestId("clarifications")).toContainText("Awaiting an answer");
  await expectAccessible(page);
  await signOut(page);

  // The officer of Caerwen County Council works in Welsh.
  await signIn(page, "officer@caerwen.example");
  await chooseLanguage(page, "cy", `/assessments/${shared.managed}/questions`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cwestiynau eglurhad gan gyflenwyr");
  await expect(page.locator("main")).not.toContainText("Greenbyte");
  await expectAccessible(page);
  await page.getByLabel("Eich ateb").fill("No: only the hosting and the devices supplied.");
  await page.getByRole("button", { name: "Cyhoeddi’r ateb" }).click();
  await expect(page.getByText("Ateb wedi’i gyhoeddi i bob cyflenwr a wahoddwyd")).toBeVisible();
  // Sealed: the buyer sees that Greenbyte submitted, never what, and cannot download its file before the deadline.
  expect((await page.request.get(shared.fileHref)).status()).toBe(404);
  await page.goto(`/assessments/${shared.managed}`);
  await expect(page.locator("main")).not.toContainText("We commit to net zero by 2040");
  await signOut(page);
});

test("in Welsh, Blue Cloud reads the published answer, answers in Welsh and has a refused file named, keeping its text", async ({ page }) => {
  await signIn(page, "admin@cwmwlglas.example");
  await chooseLanguage(page, "cy", "/responses");
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Gwahoddiadau i ymateb");
  await expect(page.getByRole("link", { name: "Network refresh" })).toHaveCount(0);
  await expectAccessible(page);
  // The buyer wrote a Welsh title: Welsh pages use it.
  await page.getByRole("link", { name: "Byrddau gwaith a reolir a lletya" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Byrddau gwaith a reolir a lletya");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Copïo tystiolaeth o’ch proffil" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("Nid oes gan eich sefydliad broffil tystiolaeth eto");

  await page.goto(`/responses/${shared.managed}/questions`);
  await expect(page.getByTestId("clarifications")).toContainText("No: only the hosting and the devices supplied.");
  await expect(page.locator("main")).not.toContainText("Greenbyte");
  await expectAccessible(page);

  await page.goto(`/responses/${shared.managed}`);
  await page.getByTestId("task-list").getByRole("link").first().click();
  await expect(page.locator(".govuk-caption-l")).toHaveText(/^Cwestiwn 1 o \d+$/);
  await hydrated(page);
  await page.locator("#answer").fill("Rydym wedi ymrwymo i sero net erbyn 2030.");
  await page.getByLabel("Cymraeg", { exact: true }).check();
  await page.locator("#file").setInputFiles({ name: "cynllun.pdf", mimeType: "application/pdf", buffer: elfExecutable() });
  await page.getByRole("button", { name: "Cadw a pharhau" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("Rhaid i’r ffeil a ddewiswyd fod yn PDF");
  await expect(page.locator("#answer")).toHaveValue("Rydym wedi ymrwymo i sero net erbyn 2030.");
  await expect(page.getByLabel("Cymraeg", { exact: true })).toBeChecked();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Cadw a pharhau" }).click();
  await expect(page.getByText("Ateb wedi’i gadw")).toBeVisible();
  await expect(page.locator(".govuk-caption-l")).toHaveText(/^Cwestiwn 2 o \d+$/);
  await page.goto(`/responses/${shared.managed}/footprint`);
  await expectAccessible(page);
});

test.describe("without JavaScript", () => {
  // axe needs JavaScript in the page, so these pages are checked by the tests above instead.
  test.use({ javaScriptEnabled: false });

  test("answers, refused and accepted uploads, the conditions and the declaration work as plain HTML forms, in Welsh", async ({ page }) => {
    await signIn(page, "admin@cwmwlglas.example");
    await chooseLanguage(page, "cy", `/responses/${shared.managed}`);
    await page.getByTestId("task-list").getByRole("link").nth(1).click();
    await page.locator("#answer").fill("Dim gwastraff i safleoedd tirlenwi ers 2024.");
    await page.getByLabel("Cymraeg", { exact: true }).check();
    await page.locator("#file").setInputFiles({ name: "polisi.pdf", mimeType: "application/pdf", buffer: elfExecutable() });
    await page.getByRole("button", { name: "Cadw ac ychwanegu ffeil arall" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("Rhaid i’r ffeil a ddewiswyd fod yn PDF");
    await expect(page.locator("#answer")).toHaveValue("Dim gwastraff i safleoedd tirlenwi ers 2024.");
    await expect(page.getByLabel("Cymraeg", { exact: true })).toBeChecked();
    await page.locator("#file").setInputFiles({ name: "polisi.pdf", mimeType: "application/pdf", buffer: minimalPdf("Polisi") });
    await page.getByRole("button", { name: "Cadw ac ychwanegu ffeil arall" }).click();
    await expect(page.getByText("Ateb wedi’i gadw")).toBeVisible();
    await expect(page.getByTestId("files")).toContainText("polisi.pdf");
    await expect(page.locator("#answer")).toHaveValue("Dim gwastraff i safleoedd tirlenwi ers 2024.");
    await expect(page.locator("#answer")).toHaveAttribute("lang", "cy");

    // The footprint, devices only, in Welsh: a bad count keeps everything typed; then Boavizta's smartphone default
    // (56 kg) per transaction: 40 × 56 kg ÷ 3 years = 746.67 kg = 0.747 t; ÷ 100,000 transactions = 0.00747 kg.
    await page.goto(`/responses/${shared.managed}/footprint`);
    const hosting = page.getByRole("group", { name: "Llinell lletya 1", exact: true });
    const device = page.getByRole("group", { name: "Llinell dyfais 1", exact: true });
    const hostingKWh = hosting.getByLabel("Trydan a ddefnyddir ar gyfer y gwasanaeth wrth ei letya, mewn kWh y flwyddyn");
    const unitCount = page.getByLabel("Nifer y defnyddwyr, neu’r trafodion, mewn blwyddyn");
    await hostingKWh.fill("");
    await hosting.getByLabel("Effeithiolrwydd defnyddio pŵer (PUE), dewisol").fill("");
    await page.getByLabel("Data a drosglwyddir i ddefnyddwyr, mewn gigabeitiau y flwyddyn (dewisol)").fill("");
    await device.getByLabel("Disgrifiad o’r dyfeisiau").fill("Ffonau gweithwyr achos");
    await device.getByLabel("Ffôn clyfar", { exact: true }).check();
    await device.getByLabel("Nifer y dyfeisiau").fill("40");
    await device.getByLabel("Carbon ymgorfforedig pob dyfais, mewn kg CO2e").fill("");
    await device.getByLabel("Oes ddisgwyliedig, mewn blynyddoedd").fill("3");
    await device.getByLabel("Trydan a ddefnyddir gan bob dyfais, mewn kWh y flwyddyn (dewisol)").fill("");
    await page.getByLabel("Trafodiad", { exact: true }).check();
    await unitCount.fill("llawer");
    await page.getByRole("button", { name: "Cadw a gweld yr amcangyfrif" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("Rhaid i nifer y defnyddwyr neu’r trafodion fod yn rhif cyfan o 1 i 1,000,000,000,000, fel 12000");
    await expect(device.getByLabel("Disgrifiad o’r dyfeisiau")).toHaveValue("Ffonau gweithwyr achos");
    await expect(device.getByLabel("Ffôn clyfar", { exact: true })).toBeChecked();
    await expect(page.getByLabel("Trafodiad", { exact: true })).toBeChecked();
    await expect(unitCount).toHaveValue("llawer");
    await unitCount.fill("100000");
    await page.getByRole("button", { name: "Cadw a gweld yr amcangyfrif" }).click();
    await expect(page.getByText("Datganiad ôl troed wedi’i gadw")).toBeVisible();
    await expect(page.getByTestId("footprint-total")).toContainText("0.747 tunnell CO2e y flwyddyn");
    await expect(page.getByTestId("footprint-per-unit")).toHaveText("0.00747 kg CO2e y trafodiad (100,000 o drafodion y flwyddyn)");
    await expect(page.getByTestId("footprint-estimate")).toContainText("Rhagosodiad y gallwch ei newid");
    await expect(page.getByTestId("footprint-estimate")).toContainText("rhagosodiad y gall y cyflenwr roi ei ffigur ei hun yn ei le");
    // A second device line, only begun: its messages name it, in Welsh, and what was typed stays; nothing is saved.
    const device2 = page.getByRole("group", { name: "Llinell dyfais 2", exact: true });
    await device2.getByLabel("Disgrifiad o’r dyfeisiau").fill("Gliniaduron");
    await page.getByRole("button", { name: "Cadw a gweld yr amcangyfrif" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("Rhowch nifer y dyfeisiau ar linell dyfais 2");
    await expect(page.locator(".govuk-error-summary")).toContainText("Dewiswch y math o ddyfais ar linell dyfais 2");
    await expect(device2.getByLabel("Disgrifiad o’r dyfeisiau")).toHaveValue("Gliniaduron");
    await expect(device.getByLabel("Ffôn clyfar", { exact: true })).toBeChecked();

    await page.goto(`/responses/${shared.managed}/conditions`);
    await page.getByRole("button", { name: "Cadw a pharhau" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("Dewiswch a yw eich sefydliad yn bodloni’r amod “Meddu ar ardystiad Cyber Essentials Plus”");
    await page.getByLabel("Nac ydy").check();
    await page.getByRole("button", { name: "Cadw a pharhau" }).click();
    await expect(page.locator("main")).toContainText("Nac ydy, nid yw ein sefydliad yn bodloni’r amod hwn");

    await page.getByRole("button", { name: "Cyflwyno’r ymateb" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("Cadarnhewch fod yr ymateb yn gyflawn ac yn gywir");
    await page.getByLabel(/Rwy’n cadarnhau, ar ran Cwmwl Glas Cyf/).check();
    await page.getByRole("button", { name: "Cyflwyno’r ymateb" }).click();
    // The first question without an answer is named, and the summary links to it.
    await expect(page.locator(".govuk-error-summary")).toContainText(/Atebwch “.+” cyn i chi gyflwyno’r ymateb/);
    await expect(page.locator(".govuk-error-summary a").first()).toHaveAttribute("href", /\/responses\/[^/]+\/criteria\/[^/]+$/);
  });
});

test("isolation: other suppliers and other buyers find nothing; a buyer reads nothing before the deadline", async ({ page }) => {
  const expectNotFound = async (paths: string[]) => {
    for (const target of paths) expect((await page.request.get(target)).status(), target).toBe(404);
  };
  await signIn(page, "admin@cwmwlglas.example");
  await expectNotFound([shared.fileHref, `/responses/${shared.network}`, `/responses/${shared.network}/check`, `/responses/${shared.network}/confirmation`]);
  await signOut(page);
  await signIn(page, "admin@hafodsystems.example");
  await expectNotFound([shared.fileHref, `/responses/${shared.managed}`, `/responses/${shared.managed}/questions`]);
  await signOut(page);
  await signIn(page, "officer@northshire.example");
  await expectNotFound([shared.fileHref, `/assessments/${shared.managed}/questions`, `/assessments/${shared.managed}`, `/responses/${shared.managed}`]);
  await signOut(page);
  await signIn(page, "officer@caerwen.example");
  await expectNotFound([shared.fileHref, `/responses/${shared.managed}`]);
  await signOut(page);
});

test("an e-mail invitation link registers a new supplier organisation and its first admin", async ({ page }) => {
  const token = randomBytes(32).toString("base64url");
  await insertSupplierInvitation({
    id: `e2e-${token.slice(0, 8)}`, assessmentId: shared.managed, email: "bids@newsupplier.example", tokenHash: createHash("sha256").update(token).digest("hex"), invitedByEmail: "officer@caerwen.example",
  });
  await chooseLanguage(page, "en", "/");
  await page.goto(`/supplier-invitation/${token}`);
  await expect(page.getByText("Caerwen County Council has invited bids@newsupplier.example")).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Organisation name", { exact: true }).fill("New Supplier Ltd");
  await page.getByLabel("Full name").fill("Sam Newton");
  await page.getByLabel("Create a password").fill("short");
  await page.getByRole("button", { name: "Register and accept the invitation" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("Select where your organisation is based");
  await expect(page.locator(".govuk-error-summary")).toContainText("Password must be at least 12 characters");
  await expect(page.getByLabel("Organisation name", { exact: true })).toHaveValue("New Supplier Ltd");
  await expectAccessible(page);
  await page.getByLabel("Wales").check();
  await page.getByLabel("Create a password").fill("A-long-enough-password");
  await page.getByLabel("Confirm password").fill("A-long-enough-password");
  await page.getByRole("button", { name: "Register and accept the invitation" }).click();
  // Signed up: the sign-in page says so once (the address then forgets it).
  await expect(page.getByText("Your account has been created. Sign in with your email address and new password.")).toBeVisible();
  await expect(page).toHaveURL(/\/signin/);
  await signIn(page, "bids@newsupplier.example", "A-long-enough-password");
  await page.goto("/dashboard");
  await expect(page.getByTestId("work-waiting").getByRole("link", { name: "Managed desktops and hosting" })).toBeVisible();
  await page.goto(`/supplier-invitation/${token}`);
  await expect(page.getByText("This invitation link has already been used")).toBeVisible();
});
