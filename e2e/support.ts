import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

export const demoPassword = "Demo-password-2026";

/** Fails on any WCAG 2.2 AA violation axe finds on the page as it is now. */
export async function expectAccessible(page: Page) {
  // After a form's redirect the router sets the new page's title a moment after its content: check the page as a
  // person meets it, titled.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const violations = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
  expect(violations, `accessibility violations on ${page.url()}`).toEqual([]);
  await expectReadable(page);
}

/**
 * What a person reads holds no internal values: no database ids, no framework criterion ids, no NaN or undefined.
 * Addresses (a link written out in a message) may hold ids, so they are left out of the scan.
 */
export async function expectReadable(page: Page) {
  const text = (await page.locator("body").innerText()).replace(/https?:\/\/\S+/g, "");
  const found = [/\bc[a-z0-9]{24}\b/, /\bbr\d\.\d{4}\.[a-z-]+/, /\bNaN\b/, /\bundefined\b/, /\[object Object\]/]
    .map((pattern) => pattern.exec(text)?.[0])
    .filter(Boolean);
  expect(found, `internal values shown on ${page.url()}`).toEqual([]);
}

/**
 * Waits until the page's scripts have taken over (GOV.UK Frontend is started once React has hydrated the page). Text
 * typed into a box before then is put back to the box's first value by React's hydration, as a person typing on a
 * slow connection would find.
 */
export async function hydrated(page: Page) {
  await expect(page.locator("body")).toHaveClass(/govuk-frontend-supported/);
}

export async function signIn(page: Page, email: string, password = demoPassword) {
  await page.goto("/signin");
  await page.getByLabel(/^(Email address|Cyfeiriad e-bost)$/).fill(email);
  await page.getByLabel(/^(Password|Cyfrinair)$/).fill(password);
  await page.getByRole("button", { name: /^(Sign in|Mewngofnodi)$/ }).click();
}

export async function signOut(page: Page) {
  await page.goto("/signout");
  await page.getByRole("main").getByRole("button").click();
  await expect(page.getByText(/You have signed out|Rydych wedi allgofnodi/)).toBeVisible();
}

/** Collects console errors, ignoring the 401 that a refused sign-in logs. */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && !/401 \(Unauthorized\)/.test(message.text())) errors.push(message.text());
  });
  return errors;
}

/**
 * Switches the language as the header's switch does (a POST from this site), then opens `back`: for tests that only
 * need the page in one language.
 */
export async function chooseLanguage(page: Page, language: "en" | "cy", back: string) {
  const origin = new URL(test.info().project.use.baseURL ?? "http://localhost:3100").origin;
  const response = await page.request.post(`/language/${language}`, { form: { back }, headers: { origin }, maxRedirects: 0 });
  expect(response.status()).toBe(303);
  await page.goto(back);
}

export const nextYear = String(new Date().getFullYear() + 1);

/** Fills the new-assessment form for England with everything it needs, without sending it. */
export async function fillNewAssessment(page: Page, title: string, reference: string) {
  await page.goto("/assessments/new");
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Reference", { exact: true }).fill(reference);
  await page.getByLabel("England").check();
  await page.getByLabel("Estimated contract value a year, in pounds, including VAT").fill("6,000,000");
  await page.getByLabel("Day", { exact: true }).fill("1");
  await page.getByLabel("Month", { exact: true }).fill("6");
  await page.getByLabel("Year", { exact: true }).fill(nextYear);
  await page.getByLabel("English", { exact: true }).check();
}

/** An officer creates an assessment for England from the framework; answers its path. */
export async function createAssessment(page: Page, title: string, reference: string) {
  await fillNewAssessment(page, title, reference);
  await page.getByRole("button", { name: "Create assessment" }).click();
  await expect(page.getByText("Assessment created from the framework")).toBeVisible();
  return new URL(page.url()).pathname;
}
