import { expect, test } from "@playwright/test";
import { expectAccessible, signIn } from "./support";
import { assessmentId, database, english, stored } from "./supplier-support";

// Greenbyte's response to the seeded open assessment "Network refresh" of Caerwen County Council, which invites
// Greenbyte only. The tests run in order and share the database the e2e server created: the late submission moves
// the deadline into the past, so it comes last.
test.describe.configure({ mode: "serial" });

const shared = { network: "" };

test.beforeAll(() => {
  shared.network = assessmentId("CCC-2026-032");
});

test("two tabs saving the same answer: the second is refused and both texts are kept", async ({ browser }) => {
  const context = await browser.newContext();
  const first = await context.newPage();
  await signIn(first, "admin@greenbyte.example");
  await english(first, `/responses/${shared.network}`);
  await first.getByTestId("task-list").getByRole("link").nth(1).click();
  const second = await context.newPage();
  await second.goto(first.url());
  await first.locator("#answer").fill("Text from the first tab");
  await first.getByRole("button", { name: "Save and add another file" }).click();
  await expect(first.getByText("Answer saved")).toBeVisible();
  await second.locator("#answer").fill("Text from the second tab");
  await second.getByRole("button", { name: "Save and add another file" }).click();
  await expect(second.locator(".govuk-error-summary")).toContainText("Someone else saved this answer after you opened it");
  await expect(second.getByTestId("saved-by-someone-else")).toContainText("Text from the first tab");
  await expect(second.locator("#answer")).toHaveValue("Text from the second tab");
  await expectAccessible(second);
  await second.locator("#answer").fill("Text from the first tab, and from the second");
  await second.getByRole("button", { name: "Save and add another file" }).click();
  await expect(second.getByText("Answer saved")).toBeVisible();
  await context.close();
});

test("a late submission is refused by the server's clock with a clear message", async ({ page }) => {
  await signIn(page, "admin@greenbyte.example");
  await english(page, `/responses/${shared.network}/check`);
  await page.getByLabel(/I confirm/).check();
  // The deadline passes while the page is open.
  const db = database();
  db.prepare("UPDATE Assessment SET responseDeadline = ? WHERE id = ?").run(stored(new Date(Date.now() - 60_000)), shared.network);
  db.close();
  await page.getByRole("button", { name: "Submit response" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("The deadline for responses has passed, so nothing was changed");
  await expectAccessible(page);
  await page.reload();
  await expect(page.getByText("The deadline has passed. This response can no longer be submitted.")).toBeVisible();
  await page.goto(`/responses/${shared.network}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Did not submit");
  await expectAccessible(page);
});
