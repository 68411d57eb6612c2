import { expect, test } from "@playwright/test";
import { validateReleasePackage } from "../lib/export/ocds/validate";
import { chooseLanguage, expectAccessible, nextYear, signIn, signOut } from "./support";

// An officer writes an assessment's title in English and Welsh; Welsh left behind when the English changes is flagged
// and listed; the Open Contracting download carries the Welsh title and the buyer's register identifier.

async function fillBilingualAssessment(page: import("@playwright/test").Page, titleCy: string) {
  await page.goto("/assessments/new");
  await page.getByLabel("Title", { exact: true }).fill("Laptops for schools");
  if (titleCy) await page.getByLabel("Title in Welsh").fill(titleCy);
  await page.getByLabel("Reference", { exact: true }).fill("NC-2027-019");
  await page.getByLabel("England").check();
  await page.getByLabel("Estimated contract value a year, in pounds, including VAT").fill("400000");
  await page.getByLabel("Day", { exact: true }).fill("1");
  await page.getByLabel("Month", { exact: true }).fill("6");
  await page.getByLabel("Year", { exact: true }).fill(nextYear);
  await page.getByLabel("English and Welsh").check();
  await page.getByLabel("Goods, such as devices and hardware").check();
}

test("the Welsh title is required, kept up to date and exported in the Welsh slot", async ({ page }) => {
  await signIn(page, "admin@northshire.example");
  await page.goto("/organisation");
  await expectAccessible(page);
  await page.getByLabel("Companies House (GB-COH)").check();
  await page.getByLabel("Identifier in that register").fill("12 34");
  await page.getByRole("button", { name: "Save identifier" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("Enter the identifier in the format that register uses");
  await expectAccessible(page);
  await page.getByLabel("Identifier in that register").fill("0123 4567");
  await page.getByRole("button", { name: "Save identifier" }).click();
  await expect(page.getByText("Identifier saved")).toBeVisible();
  await expect(page.getByText("GB-COH-01234567")).toBeVisible();
  await signOut(page);

  await signIn(page, "officer@northshire.example");
  await fillBilingualAssessment(page, "");
  await page.getByLabel("Share of the total award these criteria carry (optional)").fill("150");
  await page.getByRole("button", { name: "Create assessment" }).click();
  const summary = page.locator(".govuk-error-summary");
  await expect(summary).toContainText("Enter the title in Welsh");
  await expect(summary).toContainText("Share of the award must be 100% or less");
  await expectAccessible(page);

  // The same mistakes, in Welsh.
  await chooseLanguage(page, "cy", "/assessments/new");
  await page.locator("#title").fill("Laptops for schools");
  await page.locator('input[name="languages"][value="en+cy"]').check();
  await page.getByRole("button", { name: "Creu asesiad" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("Rhowch y teitl yn Gymraeg");
  await chooseLanguage(page, "en", "/assessments/new");

  await fillBilingualAssessment(page, "Gliniaduron i ysgolion");
  await page.getByLabel("Share of the total award these criteria carry (optional)").fill("15");
  await page.getByRole("button", { name: "Create assessment" }).click();
  await expect(page.getByText("Assessment created from the framework")).toBeVisible();
  const url = new URL(page.url()).pathname;
  await expect(page.getByText("Gliniaduron i ysgolion")).toBeVisible();
  await expect(page.getByText("15% of the total award; price and other criteria carry the rest")).toBeVisible();
  await expect(page.getByTestId("welsh-to-update").getByText("Title: the English changed")).toHaveCount(0);

  // The English title changes; the Welsh is left as it was.
  await page.getByRole("link", { name: "Change title, description and share of the award" }).click();
  await page.locator("#title").fill("Laptops and tablets for schools");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Title, description and share of the award saved")).toBeVisible();
  const list = page.getByTestId("welsh-to-update");
  await expect(list).toContainText("Title: the English changed after the Welsh was written");
  await expectAccessible(page);

  // A criterion's English title changes too.
  await page.locator("table.govuk-table a.govuk-link").first().click();
  await page.locator("#titleEn").fill("Commitment to net zero by 2040");
  await page.getByRole("button", { name: "Save criterion" }).click();
  await expect(page.getByText("Criterion saved")).toBeVisible();
  await expect(list.getByRole("link", { name: "Commitment to net zero by 2040" })).toBeVisible();
  await list.getByRole("link", { name: "Commitment to net zero by 2040" }).click();
  await expect(page.getByTestId("stale-welsh")).toHaveCount(1);
  await expectAccessible(page);
  await page.locator("#titleCy").fill("Ymrwymiad i sero net erbyn 2040");
  await page.getByRole("button", { name: "Save criterion" }).click();
  await expect(list.getByRole("link", { name: "Commitment to net zero by 2040" })).toHaveCount(0);

  // The Welsh title is flagged beside its field, and rewritten.
  await list.getByRole("link", { name: "Assessment", exact: true }).click();
  await expect(page.getByTestId("stale-welsh")).toContainText("The English has changed since this Welsh was written");
  await page.locator("#titleCy").fill("Gliniaduron a llechi i ysgolion");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Title, description and share of the award saved")).toBeVisible();
  await expect(page.getByTestId("welsh-to-update").getByText("Title: the English changed")).toHaveCount(0);

  // The download names the buyer by its identifier and has the Welsh title in the Welsh slot.
  await expect(page.getByTestId("ocds-not-for-publication")).toBeVisible();
  const response = await page.request.get(`${url}/export/tender-criteria.ocds.json`);
  expect(response.headers()["content-disposition"]).toContain("NOT FOR PUBLICATION");
  const ocds = await response.json();
  expect(validateReleasePackage(ocds)).toEqual({ valid: true, errors: [] });
  const release = ocds.releases[0];
  expect(release.tender.title).toBe("Gliniaduron a llechi i ysgolion");
  expect(release.tender.title_en).toBe("Laptops and tablets for schools");
  expect(release.buyer.id).toBe("GB-COH-01234567");
  expect(release.tender.mainProcurementCategory).toBe("goods");
  expect(release.tender.status).toBe("planning");
  const again = await (await page.request.get(`${url}/export/tender-criteria.ocds.json`)).json();
  expect(again.releases[0].id).toBe(release.id);
});
