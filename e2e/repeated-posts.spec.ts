import { expect, test } from "@playwright/test";
import { createAssessment, signIn } from "./support";

// A form post sent twice at once (a double click without JavaScript, a resent form, a flaky connection) makes one
// record, and both answers land on the same page.
test("the same form post sent twice at once adds one condition", async ({ page }) => {
  await signIn(page, "officer@northshire.example");
  const path = await createAssessment(page, "Printers and copiers", "NC-2027-019");

  // Capture the post the browser makes, instead of letting it through, then send it twice at once.
  let captured: { url: string; headers: Record<string, string>; body: Buffer } | undefined;
  await page.route(`**${path}*`, async (route) => {
    const request = route.request();
    if (request.method() !== "POST") return route.continue();
    captured = { url: request.url(), headers: await request.allHeaders(), body: request.postDataBuffer()! };
    await route.abort();
  });
  await page.getByLabel("Add a pass or fail condition, in English").fill("Hold ISO 27001 certification");
  await page.getByRole("button", { name: "Add condition" }).click();
  await expect.poll(() => captured).toBeDefined();
  await page.unrouteAll();

  const headers = Object.fromEntries(Object.entries(captured!.headers).filter(([name]) => !["cookie", "content-length", "host"].includes(name)));
  const send = () => page.request.post(captured!.url, { headers, data: captured!.body, maxRedirects: 0 });
  const [first, second] = await Promise.all([send(), send()]);
  expect(first.status()).toBeLessThan(400);
  expect(second.status()).toBeLessThan(400);
  expect(second.headers()["x-action-redirect"] ?? "").toBe(first.headers()["x-action-redirect"] ?? "");

  await page.goto(path);
  await expect(page.locator("#gates li").filter({ hasText: "Hold ISO 27001 certification" })).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Remove Hold ISO 27001 certification" })).toHaveCount(1);
});
