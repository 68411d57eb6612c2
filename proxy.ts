import { createHash, randomBytes } from "node:crypto";
import { encode, getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { maxActionRequestBytes } from "@/lib/domain/responses/upload-rules";
import { formPostHeader, noticeCookie, noticeParameter, withoutSuccessMessage } from "@/lib/forms/page-messages";
import { isDecodableArguments, maxArgumentsLength, multipartBoundary, multipartRoot } from "@/lib/http/action-body";
import { publicUrl } from "@/lib/http/public-url";
import { measuredLength, tooLargeRedirect } from "@/lib/http/request-too-large";
import { formPageHeader } from "@/lib/http/session-ended-page";
import { carriesMessage, isGenuineMessage } from "@/lib/security/notice-signature";
import { nowInSeconds, renewedSession, sessionPolicyFromEnv, sessionVerdict } from "@/lib/security/session-policy";

// The first fence only: it refuses malformed paths, sends signed-out people (and those whose session passed its idle
// or absolute limit) to sign in, renews the idle limit of a live session on each request, and sets the per-request
// nonce CSP. Every page, action and route handler authorises again through getActor(), which also checks the
// session generation in the database.

const protectedPrefixes = ["/dashboard", "/members", "/organisation", "/outbox", "/assessments", "/templates", "/responses", "/evidence", "/files"];
const secureCookies = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
const csrfCookie = `${secureCookies ? "__Host-" : ""}next-auth.csrf-token`;
const sessionCookie = `${secureCookies ? "__Secure-" : ""}next-auth.session-token`;
const sessionPolicy = sessionPolicyFromEnv();

// Downloads (route handlers answering attachments) set their own strict CSP (`default-src 'none'; sandbox`), which
// the page CSP set here would otherwise replace.
const downloadPaths = [/^\/files\/[^/]+$/, /^\/assessments\/[^/]+\/export\/[^/]+$/];

/** A path whose %-encoding does not decode is a bad request, answered here before any route tries to decode it. */
function decodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

function contentSecurityPolicy(nonce: string) {
  const dev = process.env.NODE_ENV === "development";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * The sign-in and sign-out forms post straight to next-auth, so they work without JavaScript; they need next-auth's
 * CSRF cookie, which a server-rendered page cannot set. Made here exactly as next-auth makes it.
 */
function csrfCookieValue(existing: string | undefined, secret: string): string | null {
  if (existing) {
    const [token, hash] = existing.split("|");
    if (hash === createHash("sha256").update(`${token}${secret}`).digest("hex")) return null;
  }
  const token = randomBytes(32).toString("hex");
  return `${token}|${createHash("sha256").update(`${token}${secret}`).digest("hex")}`;
}

function badRequest() {
  return new NextResponse("Bad request", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8", "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'" } });
}

/**
 * Reads (a copy of) an action's body and checks it as strictly as Next will decode it. Its size is already bounded
 * (tooLargeRedirect). React counts every character of a string argument against a million-slot budget, so a long
 * text/plain body is refused too; the service's own forms post multipart, with the texts in their own parts.
 */
async function isDecodableActionRequest(request: NextRequest): Promise<boolean> {
  const contentType = request.headers.get("content-type") ?? "";
  try {
    if (contentType.toLowerCase().startsWith("multipart/form-data")) {
      const boundary = multipartBoundary(contentType);
      if (!boundary) return false;
      const root = multipartRoot(Buffer.from(await request.clone().arrayBuffer()).toString("latin1"), boundary);
      return root !== null && root.length <= maxArgumentsLength && isDecodableArguments(root, true);
    }
    const text = await request.clone().text();
    return text.length <= maxArgumentsLength && isDecodableArguments(text, false);
  } catch {
    return false;
  }
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const secret = process.env.NEXTAUTH_SECRET ?? "";

  if (!decodablePath(pathname)) return badRequest();
  // The API (next-auth's endpoints) carries the fixed headers from next.config.js and checks sessions itself.
  if (pathname === "/api" || pathname.startsWith("/api/")) return NextResponse.next();

  const now = nowInSeconds();
  const token = request.cookies.has(sessionCookie) ? await getToken({ req: request, secret, secureCookie: secureCookies }) : null;
  const verdict = request.cookies.has(sessionCookie) ? sessionVerdict(token, now, sessionPolicy) : null;

  // A form post is never sent to sign in, which would lose what was typed: see below.
  const isRead = request.method === "GET" || request.method === "HEAD";
  const isProtected = protectedPrefixes.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
  if (isRead && isProtected && verdict?.kind !== "active") {
    const signIn = publicUrl("/signin", request);
    signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
    if (verdict?.kind === "ended" && (verdict.reason === "idle" || verdict.reason === "absolute")) signIn.searchParams.set("timedOut", "1");
    const response = NextResponse.redirect(signIn, 303);
    if (verdict) response.cookies.delete(sessionCookie);
    return response;
  }

  // A form post too large for a server action to read goes to a page that says nothing was saved, instead of
  // failing inside Next with a 500 (lib/http/request-too-large.ts). Next's action client follows its own header.
  const contentLength = request.headers.get("content-length") ?? (request.method === "POST" ? String(await measuredLength(request.clone().body, maxActionRequestBytes)) : null);
  const tooLarge = tooLargeRedirect({ method: request.method, contentLength, nextAction: request.headers.get("next-action"), from: `${pathname}${search}` });
  if (tooLarge?.fetchAction) return new NextResponse(null, { status: 413, headers: { "x-action-redirect": `${tooLarge.page};push` } });
  if (tooLarge) return NextResponse.redirect(publicUrl(tooLarge.page, request), 303);

  // A form posted without JavaScript after the session ended: its page cannot be shown to someone signed out, so
  // what was typed is given back on a page of its own (app/session-ended/route.ts) rather than lost on the way to
  // sign in. Posts by React (Next-Action) get the form back from the action client instead.
  if (request.method === "POST" && !request.headers.has("next-action") && isProtected && verdict?.kind !== "active") {
    const headers = new Headers(request.headers);
    headers.set(formPageHeader, `${pathname}${search}`);
    const response = NextResponse.rewrite(new URL("/session-ended", request.url), { request: { headers } });
    if (verdict) response.cookies.delete(sessionCookie);
    return response;
  }

  // A server action's arguments that Next could not decode would fail inside Next with a 500 before any of our code
  // runs: answered 400 here instead (lib/http/action-body.ts).
  if (request.method === "POST" && request.headers.has("next-action") && !(await isDecodableActionRequest(request))) return badRequest();

  // A success message is shown only when the service said it (signed: lib/security/notice-signature.ts), and once,
  // also without JavaScript: a page loaded again with the message it showed last goes to its address without it.
  // React's own requests (RSC) follow the service's redirects and are left alone.
  const query = request.nextUrl.searchParams;
  const document = isRead && !request.headers.has("rsc");
  const notice = document && carriesMessage(query) ? query.get(noticeParameter) : null;
  // The message is for the person signed in when it was made ("" for nobody signed in).
  const audience = verdict?.kind === "active" && typeof token?.userId === "string" ? token.userId : "";
  if (document && carriesMessage(query) && (!isGenuineMessage(pathname, query, secret, audience) || request.cookies.get(noticeCookie)?.value === notice)) {
    return NextResponse.redirect(publicUrl(withoutSuccessMessage(pathname, search), request), 303);
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  // A form posted without JavaScript (React's posts carry Next-Action): the page drawn for it shows the form's
  // problems, never a success banner (lib/http/refused-post.ts). Only this proxy says so.
  requestHeaders.delete(formPostHeader);
  if (request.method === "POST" && !request.headers.has("next-action")) requestHeaders.set(formPostHeader, "1");

  const newCsrf = pathname === "/signin" || pathname === "/signout" ? csrfCookieValue(request.cookies.get(csrfCookie)?.value, secret) : null;
  if (newCsrf) {
    const others = (request.headers.get("cookie") ?? "").split(/;\s*/).filter((pair) => pair && !pair.startsWith(`${csrfCookie}=`));
    requestHeaders.set("cookie", [...others, `${csrfCookie}=${newCsrf}`].join("; "));
  }

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  if (!downloadPaths.some((pattern) => pattern.test(pathname))) response.headers.set("Content-Security-Policy", csp);
  if (request.headers.get("x-forwarded-proto") === "https" || request.nextUrl.protocol === "https:") {
    response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  }
  if (newCsrf) response.cookies.set(csrfCookie, newCsrf, { httpOnly: true, sameSite: "lax", path: "/", secure: secureCookies });
  if (notice) response.cookies.set(noticeCookie, notice.slice(0, 64), { httpOnly: true, sameSite: "lax", path: "/", secure: secureCookies });

  // Each request renews the idle limit (never the absolute one); an ended session's cookie is removed. Not on a
  // server action's request: a cookie set there makes Next.js refresh the page and lose the action's returned state
  // (its error summary); the navigation that usually follows renews it.
  const serverAction = request.method === "POST" && request.headers.has("next-action");
  if (verdict?.kind === "active" && token) {
    if (!serverAction) {
      const renewed = await encode({ token: renewedSession(token, now), secret, maxAge: sessionPolicy.absoluteSeconds });
      const maxAge = verdict.absoluteExpiresAt - now;
      response.cookies.set(sessionCookie, renewed, { httpOnly: true, sameSite: "lax", path: "/", secure: secureCookies, maxAge });
    }
  } else if (verdict && !serverAction) {
    response.cookies.delete(sessionCookie);
  }
  return response;
}

export const config = {
  // The API is matched too, only so that a malformed path there is a 400 rather than an error.
  matcher: [{ source: "/((?!_next/static|_next/image|assets|favicon.ico).*)" }],
};
