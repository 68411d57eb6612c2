import { createHash, randomUUID } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type BrowserContext } from "@playwright/test";
import { decode, encode } from "next-auth/jwt";
import { expectAccessible, signIn, signOut } from "./support";
import { database } from "./supplier-support";

// Sessions, redirects and headers: what scripts/e2e-server.mjs configures (its secret, a 20-minute idle limit).
const secret = "e2e-only-secret-not-used-anywhere-else";
const idleSeconds = Number(process.env.SESSION_IDLE_TIMEOUT_SECONDS ?? 1200);
const sessionCookie = "next-auth.session-token";
const baseURL = () => test.info().project.use.baseURL ?? "http://localhost:3100";
const origin = () => new URL(baseURL()).origin;
const now = () => Math.floor(Date.now() / 1000);

const redirectPayloads = [
  "https://evil.example",
  "//evil.example",
  "/\\evil.example",
  "/..//evil.example",
  "%2F%2Fevil.example",
  "/%2F%2Fevil.example",
  "/\t/evil.example",
  "/\n/evil.example",
  "%09//evil.example",
  "javascript:alert(1)",
  "http://[",
];

/** Where a redirect goes, resolved against this site; the test fails if it is another origin. */
function expectOnSite(location: string | undefined, what: string) {
  expect(location, `${what}: a redirect`).toBeTruthy();
  expect(new URL(location!, baseURL()).origin, `${what} → ${location}`).toBe(origin());
}

async function sessionToken(context: BrowserContext) {
  const cookie = (await context.cookies()).find((candidate) => candidate.name === sessionCookie);
  expect(cookie, "a session cookie").toBeTruthy();
  return cookie!.value;
}

/** A fresh browser holding only the given session cookie, as someone who copied it would. */
async function contextWithSession(browser: Browser, token: string) {
  const context = await browser.newContext({ baseURL: baseURL() });
  await context.addCookies([{ name: sessionCookie, value: token, url: origin(), httpOnly: true, sameSite: "Lax" }]);
  return context;
}

async function claims(token: string) {
  const decoded = await decode({ token, secret });
  expect(decoded).toBeTruthy();
  return decoded!;
}

test.describe("sessions", () => {
  test("a session cookie captured before signing out is refused afterwards", async ({ page, browser }) => {
    await signIn(page, "officer@northshire.example");
    await expect(page).toHaveURL(/\/dashboard$/);
    const captured = await sessionToken(page.context());

    const copy = await contextWithSession(browser, captured);
    const thief = await copy.newPage();
    await thief.goto("/dashboard");
    await expect(thief, "the copied cookie works while the session lives").toHaveURL(/\/dashboard$/);

    await signOut(page);
    await thief.goto("/dashboard");
    await expect(thief).toHaveURL(/\/signin\?callbackUrl=%2Fdashboard/);
    const session = await copy.request.get("/api/auth/session");
    expect(await session.json()).toEqual({});
    await copy.close();
  });

  test("the server ends a session after the idle limit and at 8 hours from sign-in, however renewed", async ({ page, browser }) => {
    await signIn(page, "officer@northshire.example");
    await expect(page).toHaveURL(/\/dashboard$/);
    const live = await claims(await sessionToken(page.context()));
    expect(live.signedInAt).toBeGreaterThan(now() - 120);

    const forged = async (changes: Record<string, number>) => encode({ token: { ...live, ...changes }, secret, maxAge: 8 * 60 * 60 });

    // Just inside the idle limit: still signed in, and the request renews it.
    const recent = await contextWithSession(browser, await forged({ signedInAt: now() - idleSeconds, lastSeenAt: now() - idleSeconds + 90 }));
    const recentPage = await recent.newPage();
    await recentPage.goto("/dashboard");
    await expect(recentPage).toHaveURL(/\/dashboard$/);
    expect((await claims(await sessionToken(recent))).lastSeenAt).toBeGreaterThanOrEqual(now() - 5);
    await recent.close();

    // Idle for longer than the limit: signed out, and told why.
    const idle = await contextWithSession(browser, await forged({ signedInAt: now() - idleSeconds - 60, lastSeenAt: now() - idleSeconds - 30 }));
    const idlePage = await idle.newPage();
    await idlePage.goto("/dashboard");
    await expect(idlePage).toHaveURL(/\/signin\?callbackUrl=%2Fdashboard&timedOut=1$/);
    await expect(idlePage.getByText("You have been signed out")).toBeVisible();
    await expectAccessible(idlePage);
    await idle.close();

    // Renewed a minute ago, but signed in more than 8 hours ago: the absolute limit holds.
    const old = await contextWithSession(browser, await forged({ signedInAt: now() - 8 * 60 * 60 - 60, lastSeenAt: now() - 60 }));
    const oldPage = await old.newPage();
    await oldPage.goto("/dashboard");
    await expect(oldPage).toHaveURL(/\/signin\?callbackUrl=%2Fdashboard&timedOut=1$/);
    expect(await (await old.request.get("/api/auth/session")).json()).toEqual({});
    await old.close();

    // A token without the sign-in time (as issued before these limits existed) is refused too.
    const { signedInAt: _dropped, ...withoutSignIn } = live;
    const legacy = await contextWithSession(browser, await encode({ token: withoutSignIn, secret }));
    const legacyPage = await legacy.newPage();
    await legacyPage.goto("/dashboard");
    await expect(legacyPage).toHaveURL(/\/signin/);
    await legacy.close();
  });

  test("the timeout warning appears before the idle limit; staying signed in renews the session", async ({ page }) => {
    await page.clock.install();
    await signIn(page, "officer@northshire.example");
    await expect(page).toHaveURL(/\/dashboard$/);
    // The page's scripts have started (the warning's timer with them) before the clock jumps.
    await expect(page.locator("body")).toHaveClass(/govuk-frontend-supported/);
    const dialog = page.getByRole("alertdialog", { name: "You’re about to be signed out" });
    await expect(dialog).toBeHidden();

    // A minute and a half before the end (the warning opens two minutes before).
    await page.clock.fastForward((idleSeconds - 90) * 1000);
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText("For your security, we will sign you out in 2 minutes.");
    await expect(dialog.getByRole("heading")).toBeFocused();
    await expectAccessible(page);

    const before = (await claims(await sessionToken(page.context()))).lastSeenAt as number;
    const renewal = page.waitForResponse((response) => response.url().endsWith("/api/auth/session"));
    await dialog.getByRole("button", { name: "Stay signed in" }).click();
    expect((await (await renewal).json()).userId).toBeTruthy();
    await expect(dialog).toBeHidden();
    expect((await claims(await sessionToken(page.context()))).lastSeenAt).toBeGreaterThanOrEqual(before);

    // The idle limit counts again from then: the warning comes back a full period later, and Escape also stays.
    await page.clock.fastForward((idleSeconds - 150) * 1000);
    await expect(dialog).toBeHidden();
    await page.clock.fastForward(70 * 1000);
    await expect(dialog).toBeVisible();
    const again = page.waitForResponse((response) => response.url().endsWith("/api/auth/session"));
    await page.keyboard.press("Escape");
    await again;
    await expect(dialog).toBeHidden();
    const sharedDeadline = () => page.evaluate(() => window.localStorage.getItem("session-idle-deadline"));
    const beforeNavigation = await sharedDeadline();
    await page.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Assessments" }).click();
    await expect(page).toHaveURL(/\/assessments$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // The navigation renewed the idle limit: wait until the page has counted it, or the jump below races the renewal.
    await expect.poll(sharedDeadline).not.toBe(beforeNavigation);

    // Left alone to the end: signed out, on the server too.
    await page.clock.fastForward((idleSeconds + 5) * 1000);
    // The page signs out on the server first, then goes to sign in: two round trips.
    await expect(page).toHaveURL(/\/signin\?timedOut=1&callbackUrl=%2Fassessments$/, { timeout: 15_000 });
    await expect(page.getByText("You have been signed out")).toBeVisible();
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/signin/);
  });

  test("the timeout warning is in Welsh, and its Sign out button signs out", async ({ page }) => {
    await page.clock.install();
    await signIn(page, "specialist@caerwen.example");
    await expect(page.locator("html")).toHaveAttribute("lang", "cy");
    await expect(page.locator("body")).toHaveClass(/govuk-frontend-supported/);
    await page.clock.fastForward((idleSeconds - 60) * 1000);
    const dialog = page.getByRole("alertdialog", { name: "Rydych ar fin cael eich allgofnodi" });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText("Er eich diogelwch, byddwn yn eich allgofnodi ymhen 1 munud.");
    await expectAccessible(page);
    await dialog.getByRole("button", { name: "Allgofnodi" }).click();
    await expect(page.getByText("Rydych wedi allgofnodi")).toBeVisible();
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/signin/);
  });
});

test.describe("redirects stay on this site", () => {
  test("sign-in's callbackUrl, whatever it says", async ({ page }) => {
    for (const payload of ["//evil.example", "/..//evil.example", "https://evil.example"]) {
      await page.goto(`/signin?callbackUrl=${encodeURIComponent(payload)}`);
      await expect(page.locator('input[name="callbackUrl"]')).toHaveValue("/after-signin?next=%2Fdashboard");
    }
    await page.goto(`/signin?callbackUrl=${encodeURIComponent("/\t/evil.example")}`);
    await page.getByLabel("Email address").fill("admin@northshire.example");
    await page.getByLabel("Password").fill("Demo-password-2026");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    expect(new URL(page.url()).origin).toBe(origin());
  });

  test("next-auth's callback, after-signin's next and the language switch's back", async ({ page }) => {
    const request = page.request;
    const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
    for (const payload of redirectPayloads) {
      const signedIn = await request.post("/api/auth/callback/credentials", {
        form: { csrfToken, email: "admin@northshire.example", password: "Demo-password-2026", callbackUrl: payload },
        maxRedirects: 0,
      });
      expect(signedIn.status(), `callbackUrl ${JSON.stringify(payload)}`).toBe(302);
      expectOnSite(signedIn.headers().location, `callbackUrl ${JSON.stringify(payload)}`);
    }
    for (const payload of redirectPayloads) {
      const next = await request.get(`/after-signin?next=${encodeURIComponent(payload)}`, { maxRedirects: 0 });
      expect(next.status()).toBe(303);
      expectOnSite(next.headers().location, `next ${JSON.stringify(payload)}`);
      const back = await request.post("/language/en", { form: { back: payload }, headers: { origin: origin() }, maxRedirects: 0 });
      expect(back.status()).toBe(303);
      expectOnSite(back.headers().location, `back ${JSON.stringify(payload)}`);
      const link = await request.get(`/language/cy?back=${encodeURIComponent(payload)}`, { maxRedirects: 0 });
      expect(link.status()).toBe(303);
      expectOnSite(link.headers().location, `GET back ${JSON.stringify(payload)}`);
    }
    // Raw, unencoded payloads in the query too.
    for (const raw of ["/after-signin?next=//evil.example", "/after-signin?next=/%5Cevil.example", "/language/cy?back=%2F%2Fevil.example", "/language/cy?back=/%09/evil.example"]) {
      const response = await request.get(raw, { maxRedirects: 0 });
      expectOnSite(response.headers().location, raw);
    }
  });
});

test.describe("state changes only by POST from this site", () => {
  test("a link to /language/cy changes nothing, and a post from another site is refused", async ({ page }) => {
    await page.goto("/language/cy?back=/privacy");
    await expect(page).toHaveURL(/\/privacy$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    const crossSite = await page.request.post("/language/cy", { form: { back: "/privacy" }, headers: { origin: "https://evil.example" }, maxRedirects: 0 });
    expect(crossSite.status()).toBe(403);
    const noOrigin = await page.request.post("/language/cy", { form: { back: "/privacy" }, maxRedirects: 0 });
    expect(noOrigin.status()).toBe(403);
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });
});

test.describe("the language switch without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("posts, comes back to the same page, and a choice made before signing in is kept and saved", async ({ page, context }) => {
    await page.goto("/privacy?from=test");
    await page.getByRole("button", { name: "Cymraeg", exact: true }).click();
    await expect(page).toHaveURL(/\/privacy\?from=test$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "cy");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hysbysiad preifatrwydd");

    // This supplier's admin prefers English; choosing Cymraeg just before signing in wins, and is saved.
    await signIn(page, "admin@hafodsystems.example");
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "cy");
    await signOut(page);
    await context.clearCookies();
    await signIn(page, "admin@hafodsystems.example");
    await expect(page.locator("html")).toHaveAttribute("lang", "cy");

    // Back to English, signed in: saved to the profile again (the supplier journey expects it).
    await page.getByRole("button", { name: "English", exact: true }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await signOut(page);
    await context.clearCookies();
    await signIn(page, "admin@hafodsystems.example");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });
});

test.describe("headers and malformed paths", () => {
  test("API responses and redirects carry the security headers", async ({ request }) => {
    const expectHeaders = (headers: Record<string, string>, what: string) => {
      expect(headers["x-content-type-options"], what).toBe("nosniff");
      expect(headers["referrer-policy"], what).toBeTruthy();
      expect(headers["permissions-policy"], what).toContain("camera=()");
      expect(headers["x-frame-options"] === "DENY" || /frame-ancestors 'none'/.test(headers["content-security-policy"] ?? ""), what).toBe(true);
    };
    const api = await request.get("/api/auth/session");
    expectHeaders(api.headers(), "/api/auth/session");
    expect(api.headers()["content-security-policy"]).toContain("default-src 'none'");
    for (const path of ["/dashboard", "/language/cy?back=/privacy", "/after-signin?next=/members", "/files/any-file"]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBeGreaterThanOrEqual(300);
      expect(response.status(), path).toBeLessThan(400);
      expectHeaders(response.headers(), path);
    }
  });

  test("malformed %-encoding in a path answers 400, signed in or not", async ({ page }) => {
    const paths = ["/assessments/%E0%A4%A", "/files/%", "/members/%zz", "/api/auth/%"];
    for (const path of paths) expect((await page.request.get(path, { maxRedirects: 0 })).status(), path).toBe(400);
    await signIn(page, "admin@northshire.example");
    await expect(page).toHaveURL(/\/dashboard$/);
    for (const path of paths) expect((await page.request.get(path, { maxRedirects: 0 })).status(), path).toBe(400);
  });

  test("a supplier's file keeps its strict download CSP", async ({ page }) => {
    // A file stored as an upload would be, for Greenbyte's response to the scored example assessment.
    const storageKey = randomUUID();
    const directory = path.join(__dirname, "..", "data", "uploads", storageKey.slice(0, 2));
    mkdirSync(directory, { recursive: true });
    const bytes = "%PDF-1.4\n%%EOF\n";
    writeFileSync(path.join(directory, storageKey), bytes);
    const db = database();
    const fileId = `e2e-csp-${storageKey.slice(0, 8)}`;
    try {
      const { responseId, userId } = db
        .prepare("SELECT r.id AS responseId, u.id AS userId FROM Response r JOIN Membership m ON m.organisationId = r.supplierOrganisationId JOIN User u ON u.id = m.userId WHERE u.email = ? LIMIT 1")
        .get("admin@greenbyte.example") as { responseId: string; userId: string };
      db.prepare("INSERT INTO ResponseFile (id, responseId, fileName, mediaType, size, sha256, storageKey, uploadedById, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)").run(fileId, responseId, "csp.pdf", "application/pdf", bytes.length, createHash("sha256").update(bytes).digest("hex"), storageKey, userId, new Date().toISOString().replace("Z", "+00:00"));
    } finally {
      db.close();
    }
    try {
      await signIn(page, "admin@greenbyte.example");
      await expect(page).toHaveURL(/\/dashboard$/);
      const download = await page.request.get(`/files/${fileId}`);
      expect(download.status()).toBe(200);
      expect(download.headers()["content-security-policy"]).toBe("default-src 'none'; sandbox");
      expect(download.headers()["x-content-type-options"]).toBe("nosniff");
    } finally {
      const cleanup = database();
      cleanup.prepare("DELETE FROM ResponseFile WHERE id = ?").run(fileId);
      cleanup.close();
      rmSync(path.join(directory, storageKey), { force: true });
    }
  });
});
