import { expect, test, type Page } from "@playwright/test";
import { largePdf, pngHtmlPolyglot } from "./fixtures/evidence-files";
import { chooseLanguage, expectAccessible, hydrated, signIn } from "./support";
import { assessmentId, english } from "./supplier-support";

// Blue Cloud's response to the seeded open assessment "Managed desktops and hosting", which it never completes:
// what happens to files too large, far too large, and named as something they are not. Runs on a fresh database
// or after the other supplier specs.

const typed = "Our hosting runs on renewable electricity, with the certificates attached.";

async function firstQuestion(page: Page) {
  await signIn(page, "admin@cwmwlglas.example");
  await english(page, `/responses/${assessmentId("CCC-2026-031")}`);
  await page.getByTestId("task-list").getByRole("link").first().click();
  await expect(page.locator("#answer")).toBeVisible();
}

test("a file over 20MB is named before sending, keeping the typed answer; a polyglot downloads as the PNG it is", async ({ page }) => {
  await firstQuestion(page);
  // Typing before the page's scripts take over would be undone by hydration.
  await hydrated(page);
  await page.locator("#answer").fill(typed);
  await page.locator("#file").setInputFiles({ name: "certificates.pdf", mimeType: "application/pdf", buffer: largePdf(22) });
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("The selected file must be smaller than 20MB");
  await expect(page.locator("#file-error")).toContainText("The selected file must be smaller than 20MB");
  await expect(page.locator("#answer")).toHaveValue(typed);
  await expectAccessible(page);

  // PNG bytes with an HTML page after them, named .html: stored, listed and sent as the PNG they are.
  await page.locator("#file").setInputFiles({ name: "poly.html", mimeType: "text/html", buffer: pngHtmlPolyglot() });
  await page.getByRole("button", { name: "Save and add another file" }).click();
  await expect(page.getByText("Answer saved")).toBeVisible();
  await expect(page.locator("#answer")).toHaveValue(typed);
  const link = page.getByTestId("files").getByRole("link", { name: "poly.png" });
  await expect(link).toBeVisible();
  await expect(page.getByTestId("files")).not.toContainText("poly.html");
  const download = await page.request.get((await link.getAttribute("href"))!);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("image/png");
  expect(download.headers()["content-disposition"]).toBe(`attachment; filename="poly.png"; filename*=UTF-8''poly.png`);
  expect(download.headers()["x-content-type-options"]).toBe("nosniff");
  expect(Buffer.compare(await download.body(), pngHtmlPolyglot())).toBe(0);
  await expectAccessible(page);
});

test("a request too large to read is turned away onto a page that says nothing was saved", async ({ page }) => {
  await firstQuestion(page);
  const form = new URL(page.url()).pathname;
  const huge = { "content-type": "multipart/form-data; boundary=----e2e" };
  const body = Buffer.alloc(41 * 1024 * 1024, "x");
  // A form posted without JavaScript is redirected; one posted by React is told where to go in Next's own header.
  const plain = await page.request.post(form, { headers: huge, data: body, maxRedirects: 0 });
  expect(plain.status()).toBe(303);
  const location = plain.headers()["location"];
  expect(new URL(location, page.url()).pathname + new URL(location, page.url()).search).toBe(`/file-too-large?back=${encodeURIComponent(form)}`);
  const fetched = await page.request.post(form, { headers: { ...huge, "next-action": "0000" }, data: body, maxRedirects: 0 });
  expect(fetched.status()).toBe(413);
  expect(fetched.headers()["x-action-redirect"]).toBe(`/file-too-large?back=${encodeURIComponent(form)};push`);
  // Sent in chunks, with no Content-Length to go by: measured, and turned away the same way.
  const cookie = (await page.context().cookies()).map(({ name, value }) => `${name}=${value}`).join("; ");
  const chunked = await fetch(new URL(form, page.url()), {
    method: "POST",
    headers: { ...huge, cookie },
    body: new Blob([body]).stream(),
    duplex: "half",
    redirect: "manual",
  } as RequestInit);
  expect(chunked.status).toBe(303);
  expect(chunked.headers.get("location")).toBe(location);

  await page.goto(location);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The file you selected is too large");
  await expect(page.locator("main")).toContainText("nothing from that page was saved, including any text you typed");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Go back to the page you were on" }).click();
  await expect(page).toHaveURL(new RegExp(`${form}$`));
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a file over 20MB reaches the service, which names it and keeps the typed answer, in English and Welsh", async ({ page }) => {
    await firstQuestion(page);
    await page.locator("#answer").fill(typed);
    await page.locator("#file").setInputFiles({ name: "certificates.pdf", mimeType: "application/pdf", buffer: largePdf(22) });
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("The selected file must be smaller than 20MB");
    await expect(page.locator("#answer")).toHaveValue(typed);

    await chooseLanguage(page, "cy", new URL(page.url()).pathname);
    await page.locator("#answer").fill("Rydym yn defnyddio trydan adnewyddadwy.");
    await page.locator("#file").setInputFiles({ name: "tystysgrifau.pdf", mimeType: "application/pdf", buffer: largePdf(22) });
    await page.getByRole("button", { name: "Cadw a pharhau" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("Rhaid i’r ffeil a ddewiswyd fod yn llai na 20MB");
    await expect(page.locator("#answer")).toHaveValue("Rydym yn defnyddio trydan adnewyddadwy.");
    await chooseLanguage(page, "en", new URL(page.url()).pathname);
  });
});
