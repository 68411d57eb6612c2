import { expect, test } from "@playwright/test";

test.describe("security headers", () => {
  test("every page carries a nonce CSP and the fixed headers, and its scripts carry the nonce", async ({ page, request }) => {
    for (const path of ["/", "/signin", "/no-such-page"]) {
      const response = await request.get(path);
      const headers = response.headers();
      const csp = headers["content-security-policy"];
      const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
      expect(nonce, `nonce on ${path}`).toBeTruthy();
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBeTruthy();
      expect(headers["permissions-policy"]).toContain("camera=()");
      expect(headers["x-powered-by"]).toBeUndefined();
      const body = await response.text();
      const scripts = [...body.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
      expect(scripts.length).toBeGreaterThan(0);
      for (const script of scripts) expect(script, `script on ${path}`).toContain(`nonce="${nonce}"`);
    }
    const api = await request.get("/api/auth/csrf");
    expect(api.headers()["x-content-type-options"]).toBe("nosniff");
    expect(page).toBeTruthy();
  });

  test("a script injected into the page without the nonce is blocked", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/.test(message.text())) violations.push(message.text());
    });
    // Stand in for markup an attacker managed to get into a page: an inline script with no nonce.
    await page.route("**/privacy", async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace("</main>", "<script>document.title = 'injected'</script></main>");
      await route.fulfill({ response, body });
    });
    await page.goto("/privacy");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Privacy notice");
    expect(await page.title()).not.toBe("injected");
    expect(violations.length).toBeGreaterThan(0);
  });

  test("HSTS is sent behind HTTPS", async ({ request }) => {
    const response = await request.get("/", { headers: { "x-forwarded-proto": "https" } });
    expect(response.headers()["strict-transport-security"]).toContain("max-age=");
  });
});
