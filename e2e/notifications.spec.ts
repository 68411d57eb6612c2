import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { linkIn, mailTo, waitForMail } from "./mailbox";
import { chooseLanguage, expectAccessible, signIn, signOut } from "./support";
import { database, sql, stored } from "./supplier-support";

// Every message goes through the production server's worker to a real SMTP server on loopback (scripts/e2e-mailbox.mjs):
// who gets what, in which language, and whether the links in the messages work. Caerwen County Council is in Wales
// (a message to an unknown recipient is bilingual, Welsh first); Northshire Council in England (English first).
test.describe.configure({ mode: "serial" });

const newId = () => `ntf${randomBytes(10).toString("hex")}`;
const shared = { open: "", draft: "" };
const day = 24 * 60 * 60 * 1000;

/** A copy of a seeded assessment of Caerwen (with its first criterion only, and no conditions), as a test of its own. */
function copyAssessment(reference: string, title: string, titleCy: string, status: "draft" | "published", deadline: Date): string {
  const db = database();
  try {
    const source = db.prepare("SELECT * FROM Assessment WHERE reference = 'CCC-2026-032'").get() as Record<string, unknown>;
    const id = newId();
    const row = { ...source, id, reference, title, titleCy, welshSources: null, status, responseDeadline: stored(deadline), publishedAt: status === "published" ? stored(new Date()) : null, version: 1, isTemplate: 0 };
    const columns = Object.keys(row);
    db.prepare(`INSERT INTO Assessment (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`).run(...columns.map((c) => row[c as keyof typeof row]));
    const criterion = db.prepare("SELECT * FROM AssessmentCriterion WHERE assessmentId = ? ORDER BY position LIMIT 1").get(source.id) as Record<string, unknown>;
    const copied = { ...criterion, id: newId(), assessmentId: id, weight: 100 };
    const criterionColumns = Object.keys(copied);
    db.prepare(`INSERT INTO AssessmentCriterion (${criterionColumns.map((c) => `"${c}"`).join(", ")}) VALUES (${criterionColumns.map(() => "?").join(", ")})`).run(...criterionColumns.map((c) => copied[c as keyof typeof copied]));
    return id;
  } finally {
    db.close();
  }
}

/** Invitations made two days ago: one made in the last day already gave the deadline, so it gets no reminder yet. */
function inviteTwoDaysAgo(assessment: string) {
  const db = database();
  db.prepare("UPDATE SupplierInvitation SET createdAt = ? WHERE assessmentId = ?").run(stored(new Date(Date.now() - 2 * day)), assessment);
  db.close();
}

function setLanguage(email: string, language: "en" | "cy") {
  const db = database();
  db.prepare("UPDATE User SET preferredLanguage = ? WHERE email = ?").run(language, email);
  db.close();
}

async function inviteByOrganisation(page: Page, assessment: string, supplier: string) {
  await page.goto(`/assessments/${assessment}`);
  await page.getByLabel("A supplier already using this service").check();
  await page.getByLabel("Supplier", { exact: true }).selectOption({ label: supplier });
  await page.getByRole("button", { name: "Invite supplier" }).click();
  await expect(page.getByText("Supplier invited")).toBeVisible();
}

test.beforeAll(() => {
  shared.open = copyAssessment("CCC-2026-NTF", "Notified hosting", "Lletya gyda hysbysiadau", "published", new Date(Date.now() + 3 * day));
  shared.draft = copyAssessment("CCC-2026-NTD", "Notified draft", "Drafft gyda hysbysiadau", "draft", new Date(Date.now() + 60 * day));
  setLanguage("admin@greenbyte.example", "en");
  setLanguage("admin@cwmwlglas.example", "cy");
  setLanguage("admin@hafodsystems.example", "en");
  setLanguage("specialist@caerwen.example", "cy");
});

test("suppliers invited by organisation are told in their own language, then reminded 7 days before the deadline, once", async ({ page }) => {
  await signIn(page, "officer@caerwen.example");
  await chooseLanguage(page, "en", `/assessments/${shared.open}`);
  await inviteByOrganisation(page, shared.open, "Greenbyte Hosting Ltd");
  await inviteByOrganisation(page, shared.open, "Blue Cloud Ltd");

  const english = await waitForMail("admin@greenbyte.example", "supplier-invitation", "CCC-2026-NTF");
  expect(english.subject).toBe("Invitation to respond: Notified hosting (CCC-2026-NTF)");
  expect(english.language).toBe("en");
  expect(english.text).toContain("Caerwen County Council has invited you");
  const welsh = await waitForMail("admin@cwmwlglas.example", "supplier-invitation", "CCC-2026-NTF");
  expect(welsh.subject).toBe("Gwahoddiad i ymateb: Lletya gyda hysbysiadau (CCC-2026-NTF)");
  expect(welsh.language).toBe("cy");
  expect(welsh.text).toContain("Mae Cyngor Sir Caerwen wedi eich gwahodd");
  expect(welsh.text).not.toContain("has invited you");
  // The link in the message works: it leads the supplier to its dashboard, where the invitation is.
  const link = linkIn(english, /http:\/\/localhost:\d+\/dashboard/);
  await signOut(page);
  await signIn(page, "admin@greenbyte.example");
  await page.goto(link);
  await expect(page.getByTestId("work-waiting").getByRole("link", { name: "Notified hosting" })).toBeVisible();

  // Invited two days ago and the deadline 3 days away: the 7-day reminder is due, once per person, never to the officer.
  inviteTwoDaysAgo(shared.open);
  const reminder = await waitForMail("admin@greenbyte.example", "deadline-reminder", "CCC-2026-NTF");
  expect(reminder.subject).toMatch(/^Closes \d+ \w+ \d{4} at (\d{1,2}(:\d\d)?[ap]m|midday|midnight): Notified hosting \(CCC-2026-NTF\)$/);
  expect((await waitForMail("admin@cwmwlglas.example", "deadline-reminder", "CCC-2026-NTF")).subject).toMatch(/^Yn cau \d+ \S+ \d{4} am (\d{1,2}(:\d\d)?y[bp]|hanner dydd|hanner nos): Lletya gyda hysbysiadau \(CCC-2026-NTF\)$/);
  await page.waitForTimeout(1500);
  expect(mailTo("admin@greenbyte.example", "deadline-reminder").filter((mail) => mail.subject.includes("CCC-2026-NTF"))).toHaveLength(1);
  expect(mailTo("officer@caerwen.example", "deadline-reminder")).toHaveLength(0);
  await signOut(page);
});

test("an e-mail invitation is bilingual, can be resent (the old link stops working) and is accepted by an existing supplier signing in", async ({ page }) => {
  const address = "tenders@hafodsystems.example";
  await signIn(page, "officer@caerwen.example");
  await page.goto(`/assessments/${shared.open}`);
  await page.getByLabel("By email, with a link").check();
  await page.getByLabel("Email address").fill(address);
  await page.getByRole("button", { name: "Invite supplier" }).click();
  await expect(page.getByRole("heading", { name: "Invitation link created" })).toBeVisible();
  await expect(page.getByText(`We have also emailed the link to ${address}.`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Copy link" })).toBeVisible();
  await expectAccessible(page);

  const first = await waitForMail(address, "supplier-invitation", "CCC-2026-NTF");
  expect(first.subject).toBe("Gwahoddiad i ymateb: Lletya gyda hysbysiadau (CCC-2026-NTF) / Invitation to respond: Notified hosting (CCC-2026-NTF)");
  expect(first.language).toBe("cy, en");
  expect(first.text.startsWith("Scroll down for English.")).toBe(true);
  const firstLink = linkIn(first, /http:\/\/localhost:\d+\/supplier-invitation\/[A-Za-z0-9_-]+/);
  expect(await page.getByTestId("supplier-invitation-link").textContent()).toBe(firstLink);
  // A day on, nobody has accepted it and the deadline is 3 days away: the address is reminded, pointed back to its invitation.
  inviteTwoDaysAgo(shared.open);
  const reminder = await waitForMail(address, "deadline-reminder", "CCC-2026-NTF");
  expect(reminder.subject).toMatch(/^Yn cau .+: Lletya gyda hysbysiadau \(CCC-2026-NTF\) \/ Closes .+: Notified hosting \(CCC-2026-NTF\)$/);
  expect(reminder.text).toContain("Caerwen County Council invited you to respond to “Notified hosting” (CCC-2026-NTF), but the invitation has not been accepted yet.");

  // Sent again: a new link by e-mail; the first one no longer works.
  await page.goto(`/assessments/${shared.open}`);
  await page.getByRole("row", { name: new RegExp(address) }).getByRole("button", { name: /Send a new link/ }).click();
  await expect(page.getByRole("heading", { name: "New invitation link created" })).toBeVisible();
  await expectAccessible(page);
  const second = await waitForMail(address, "supplier-invitation", "CCC-2026-NTF", 2);
  const secondLink = linkIn(second, /http:\/\/localhost:\d+\/supplier-invitation\/[A-Za-z0-9_-]+/);
  expect(secondLink).not.toBe(firstLink);
  await signOut(page);

  await chooseLanguage(page, "en", "/");
  await page.goto(firstLink);
  await expect(page).toHaveURL(/\/supplier-invitation$/);
  await expect(page.getByRole("heading", { name: "This invitation link cannot be used" })).toBeVisible();

  // Hafod Systems already uses the service: its admin opens the new link, signs in and accepts for the organisation.
  await page.goto(secondLink);
  await expect(page).toHaveURL(/\/supplier-invitation$/);
  await expect(page.getByText("Does your organisation already use this service?")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Sign in to accept the invitation" }).click();
  await page.getByLabel("Email address").fill("admin@hafodsystems.example");
  await page.getByLabel("Password").fill("Demo-password-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Accept the invitation" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Accept for Hafod Systems Ltd" }).click();
  await expect(page.getByText("Invitation accepted. It is now on your organisation's dashboard.")).toBeVisible();
  await page.goto("/dashboard");
  await expect(page.getByTestId("work-waiting").getByRole("link", { name: "Notified hosting" })).toBeVisible();
  // Spent: the link cannot be used again, by anyone.
  await page.goto(secondLink);
  await expect(page.getByRole("heading", { name: "Accept the invitation" })).toHaveCount(0);
  await expect(page.getByText("This invitation link has already been used")).toBeVisible();
  // Now invited, Hafod is reminded too.
  await waitForMail("admin@hafodsystems.example", "deadline-reminder", "CCC-2026-NTF");
  await signOut(page);
});

test("a clarification answer goes to every invited supplier without naming who asked; a submission gets its receipt", async ({ page }) => {
  await signIn(page, "admin@greenbyte.example");
  await chooseLanguage(page, "en", `/responses/${shared.open}/questions`);
  await page.getByLabel("Your question").fill("Is out-of-hours support in scope?");
  await page.getByRole("button", { name: "Send question" }).click();
  await expect(page.getByText("Question sent to the buyer")).toBeVisible();
  await signOut(page);

  await signIn(page, "officer@caerwen.example");
  await page.goto(`/assessments/${shared.open}/questions`);
  await page.getByLabel("Your answer").fill("Yes, from 7am to 10pm on weekdays.");
  await page.getByRole("button", { name: "Publish answer" }).click();
  await expect(page.getByText("Answer published to every invited supplier")).toBeVisible();
  await signOut(page);

  for (const [address, subject] of [
    ["admin@greenbyte.example", "Clarification answered: Notified hosting (CCC-2026-NTF)"],
    ["admin@cwmwlglas.example", "Ateb i gwestiwn eglurhad: Lletya gyda hysbysiadau (CCC-2026-NTF)"],
    ["admin@hafodsystems.example", "Clarification answered: Notified hosting (CCC-2026-NTF)"],
  ]) {
    const mail = await waitForMail(address, "clarification-answered", "CCC-2026-NTF");
    expect(mail.subject).toBe(subject);
    expect(mail.text).toContain("Yes, from 7am to 10pm on weekdays.");
    expect(mail.text).not.toContain("Greenbyte");
  }
  expect(mailTo("officer@caerwen.example", "clarification-answered")).toHaveLength(0);

  await signIn(page, "admin@greenbyte.example");
  await page.goto(`/responses/${shared.open}`);
  await page.getByTestId("task-list").getByRole("link").first().click();
  await page.locator("#answer").fill("Our hosting runs on renewable electricity, reported yearly.");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await page.goto(`/responses/${shared.open}/check`);
  await page.getByLabel(/I confirm, on behalf of Greenbyte Hosting Ltd/).check();
  await page.getByRole("button", { name: "Submit response" }).click();
  await expect(page.getByRole("heading", { name: "Response submitted" })).toBeVisible();
  const reference = (await page.getByTestId("submission-reference").textContent())!.trim();
  const receiptHash = (await page.getByTestId("receipt-hash").textContent())!.trim();
  const receipt = await waitForMail("admin@greenbyte.example", "submission-receipt", "CCC-2026-NTF");
  expect(receipt.subject).toBe(`Response received: ${reference}`);
  expect(receipt.text).toContain(`Receipt hash (SHA-256): ${receiptHash}`);
  await signOut(page);
});

test("a specialist added to a draft is told, and told again in their language when their comment is resolved", async ({ page }) => {
  await signIn(page, "officer@caerwen.example");
  await chooseLanguage(page, "en", `/assessments/${shared.draft}`);
  await page.getByLabel("Add a specialist from your organisation").selectOption({ label: "Gareth Morgan (specialist@caerwen.example)" });
  await page.getByRole("button", { name: "Add specialist" }).click();
  const added = await waitForMail("specialist@caerwen.example", "specialist-added", "CCC-2026-NTD");
  expect(added.subject).toBe("Adolygu drafft: Drafft gyda hysbysiadau (CCC-2026-NTD)");
  const link = linkIn(added, /http:\/\/localhost:\d+\/assessments\/[a-z0-9]+/);
  await signOut(page);

  await signIn(page, "specialist@caerwen.example");
  await chooseLanguage(page, "en", "/");
  setLanguage("specialist@caerwen.example", "cy"); // as the seed has it: the comment's message is in Welsh
  await page.goto(link);
  await page.getByLabel("Comment", { exact: true }).fill("Ask for the data centre's PUE.");
  await page.getByRole("button", { name: "Add comment" }).click();
  await expect(page.getByText("Comment added")).toBeVisible();
  await signOut(page);

  await signIn(page, "officer@caerwen.example");
  await page.goto(`/assessments/${shared.draft}`);
  await page.getByLabel("What was done about it").fill("Added PUE to the evidence asked for.");
  await page.getByRole("button", { name: "Resolve comment" }).click();
  const resolved = await waitForMail("specialist@caerwen.example", "comment-resolved", "CCC-2026-NTD");
  expect(resolved.subject).toBe("Datryswyd eich sylw: Drafft gyda hysbysiadau (CCC-2026-NTD)");
  expect(resolved.text).toContain("Ask for the data centre's PUE.");
  expect(resolved.text).toContain("Added PUE to the evidence asked for.");
  await signOut(page);
});

test("a member invitation's link sets up the account; the link leaves the address at once", async ({ page }) => {
  const address = "new.officer@northshire.example";
  await signIn(page, "admin@northshire.example");
  await page.goto("/members/invite");
  await page.getByLabel("Email address").fill(address);
  await page.getByLabel("Procurement officer").check();
  await page.getByRole("button", { name: "Create invitation" }).click();
  await expect(page.getByRole("button", { name: "Copy link" })).toBeVisible();
  const mail = await waitForMail(address, "member-invitation");
  expect(mail.subject).toBe("Invitation to join Northshire Council / Gwahoddiad i ymuno â Northshire Council");
  expect(mail.text.startsWith("Sgroliwch i lawr am y Gymraeg.")).toBe(true);
  const oldLink = linkIn(mail, /http:\/\/localhost:\d+\/invitation\/[A-Za-z0-9_-]+/);
  // Sent again from the members page: a new link, by e-mail too; the first stops working.
  await page.goto("/members");
  await page.getByRole("row", { name: new RegExp(address) }).getByRole("button", { name: /Send a new link/ }).click();
  await expect(page.getByRole("heading", { name: "New invitation link created" })).toBeVisible();
  await expectAccessible(page);
  const link = linkIn(await waitForMail(address, "member-invitation", "", 2), /http:\/\/localhost:\d+\/invitation\/[A-Za-z0-9_-]+/);
  expect(link).not.toBe(oldLink);
  expect((await page.getByTestId("invitation-link").textContent())!.trim()).toBe(link);
  await signOut(page);

  await chooseLanguage(page, "en", "/");
  await page.goto(oldLink);
  await expect(page.getByRole("heading", { name: "This invitation link cannot be used" })).toBeVisible();
  await page.goto(link);
  await expect(page).toHaveURL(/\/invitation$/);
  await page.getByLabel("Full name").fill("Nadia Officer");
  await page.getByLabel("Create a password").fill("A-long-enough-password");
  await page.getByLabel("Confirm password").fill("A-long-enough-password");
  await page.getByRole("button", { name: "Create account" }).click();
  // Signed up: the sign-in page says so once (the address then forgets it).
  await expect(page.getByText("Your account has been created. Sign in with your email address and new password.")).toBeVisible();
  await expect(page).toHaveURL(/\/signin/);
  await signIn(page, address, "A-long-enough-password");
  await expect(page.getByRole("link", { name: "Sign out" })).toBeVisible();
  await signOut(page);
});

test.describe("password reset", () => {
  // Whatever happens in a test, the demo passwords come back for the specs that follow.
  const demoPasswords = new Map<string, string>();
  test.beforeAll(() => {
    for (const email of ["admin@hafodsystems.example", "admin@cwmwlglas.example"]) {
      demoPasswords.set(email, sql((db) => (db.prepare("SELECT passwordHash FROM User WHERE email = ?").get(email) as { passwordHash: string }).passwordHash));
    }
  });
  test.afterEach(() => {
    sql((db) => {
      for (const [email, passwordHash] of demoPasswords) db.prepare("UPDATE User SET passwordHash = ? WHERE email = ?").run(passwordHash, email);
    });
  });

  test("the same answer with or without an account; the link works once, in the person's language, and ends other sessions", async ({ page, browser }) => {
    const email = "admin@hafodsystems.example";
    const other = await browser.newContext();
    const elsewhere = await other.newPage();
    await signIn(elsewhere, email);
    await expect(elsewhere.getByRole("link", { name: /Sign out|Allgofnodi/ })).toBeVisible();

    await chooseLanguage(page, "en", "/signin");
    await page.getByRole("link", { name: "Forgotten your password?" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reset your password");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Send reset link" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("Enter an email address");
    await expectAccessible(page);
    await page.getByLabel("Email address").fill("nobody@nowhere.example");
    await page.getByRole("button", { name: "Send reset link" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");
    const unknownAnswer = await page.locator("main").textContent();
    await expectAccessible(page);

    await page.goto("/password-reset");
    await page.getByLabel("Email address").fill(email.toUpperCase());
    await page.getByRole("button", { name: "Send reset link" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");
    expect(await page.locator("main").textContent()).toBe(unknownAnswer);

    const mail = await waitForMail(email, "password-reset");
    expect(mail.subject).toBe("Reset your password");
    const link = linkIn(mail, /http:\/\/localhost:\d+\/password-reset\/link\/[A-Za-z0-9_-]+/);
    await page.waitForTimeout(1000);
    expect(mailTo("nobody@nowhere.example")).toHaveLength(0);

    await page.goto(link);
    await expect(page).toHaveURL(/\/password-reset\/new$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Choose a new password");
    await expectAccessible(page);
    await page.getByLabel("New password").fill("short");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("Password must be at least 12 characters");
    await page.getByLabel("New password").fill("A-brand-new-password-2026");
    await page.getByLabel("Confirm password").fill("A-brand-new-password-2026");
    await page.getByRole("button", { name: "Change password" }).click();
    // The sign-in page says so once (the address then forgets it).
    await expect(page.getByText("Your password has been changed.")).toBeVisible();
    await expect(page).toHaveURL(/\/signin/);
    await expectAccessible(page);

    // The old password no longer works, the new one does, and the session signed in before has ended.
    await signIn(page, email);
    await expect(page.locator(".govuk-error-summary")).toContainText("Enter a correct email address and password");
    await signIn(page, email, "A-brand-new-password-2026");
    await expect(page.getByRole("link", { name: "Sign out" })).toBeVisible();
    await elsewhere.goto("/dashboard");
    await expect(elsewhere).toHaveURL(/\/signin/);
    await other.close();

    // Used once: the link now says so.
    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This password reset link cannot be used");
    await expectAccessible(page);
    await signOut(page);
  });

  test("in Welsh, the pages and the message are in Welsh", async ({ page }) => {
    const email = "admin@cwmwlglas.example";
    await chooseLanguage(page, "cy", "/password-reset");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ailosod eich cyfrinair");
    await expectAccessible(page);
    await page.getByLabel("Cyfeiriad e-bost").fill(email);
    await page.getByRole("button", { name: "Anfon dolen ailosod" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Gwiriwch eich e-bost");
    await expectAccessible(page);
    const mail = await waitForMail(email, "password-reset");
    expect(mail.subject).toBe("Ailosod eich cyfrinair");
    await page.goto(linkIn(mail, /http:\/\/localhost:\d+\/password-reset\/link\/[A-Za-z0-9_-]+/));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dewis cyfrinair newydd");
    await expectAccessible(page);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("asking for a link works as a plain HTML form", async ({ page }) => {
      await chooseLanguage(page, "en", "/password-reset");
      await page.getByLabel("Email address").fill("admin@greenbyte.example");
      await page.getByRole("button", { name: "Send reset link" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");
      await waitForMail("admin@greenbyte.example", "password-reset");
    });
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("an invitation link is shown to select and copy by hand, and can be sent again", async ({ page }) => {
    await signIn(page, "officer@caerwen.example");
    await chooseLanguage(page, "en", `/assessments/${shared.open}`);
    await page.getByLabel("By email, with a link").check();
    await page.getByLabel("Email address").fill("nojs@supplier.example");
    await page.getByRole("button", { name: "Invite supplier" }).click();
    await expect(page.getByRole("heading", { name: "Invitation link created" })).toBeVisible();
    await expect(page.getByText("Select the link to copy it, or use the button.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Copy link" })).toHaveCount(0);
    const first = (await page.getByTestId("supplier-invitation-link").textContent())!.trim();
    expect(linkIn(await waitForMail("nojs@supplier.example", "supplier-invitation", "CCC-2026-NTF"), /http:\/\/localhost:\d+\/supplier-invitation\/[A-Za-z0-9_-]+/)).toBe(first);
    await page.goto(`/assessments/${shared.open}`);
    await page.getByRole("row", { name: /nojs@supplier\.example/ }).getByRole("button", { name: /Send a new link/ }).click();
    await expect(page.getByRole("heading", { name: "New invitation link created" })).toBeVisible();
    expect((await page.getByTestId("supplier-invitation-link").textContent())!.trim()).not.toBe(first);
  });
});

test("the outbox page shows an organisation admin its own people's messages, without usable links, and nothing of another organisation's", async ({ page }) => {
  await signIn(page, "admin@caerwen.example");
  await chooseLanguage(page, "en", "/outbox");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Messages");
  const table = page.getByRole("table");
  await expect(table).toContainText("specialist@caerwen.example");
  await expect(table).toContainText("Adolygu drafft: Drafft gyda hysbysiadau (CCC-2026-NTD)");
  await expect(table).not.toContainText("northshire.example");
  await expect(table).not.toContainText("greenbyte.example");
  await expectAccessible(page);
  await signOut(page);

  await signIn(page, "admin@northshire.example");
  await page.goto("/outbox");
  await expect(page.getByRole("table")).toContainText("new.officer@northshire.example");
  await expect(page.getByRole("table")).not.toContainText("caerwen.example");
  await expect(page.getByRole("table")).not.toContainText("CCC-2026-NTD");
  // The invitation's link is not shown: an admin cannot use someone else's link.
  await page.getByText("Invitation to join Northshire Council").first().click();
  await expect(page.getByTestId("outbox-body").first()).toContainText("[link not shown]");
  await expect(page.getByTestId("outbox-body").first()).not.toContainText("/invitation/");
  await signOut(page);

  await signIn(page, "admin@greenbyte.example");
  await page.goto("/outbox");
  await expect(page.getByRole("table")).toContainText("Response received");
  await expect(page.getByRole("table")).not.toContainText("cwmwlglas.example");
  await expect(page.getByRole("table")).not.toContainText("hafodsystems.example");
  await signOut(page);

  // Not an admin: no outbox.
  await signIn(page, "officer@caerwen.example");
  expect((await page.goto("/outbox"))?.status()).toBe(404);
  await signOut(page);
});
