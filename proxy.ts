import { createHash, randomBytes } from "node:crypto";
import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { tooLargeRedirect } from "@/lib/http/request-too-large";

// The first fence only: it sends signed-out people to sign in and sets the per-request nonce CSP. Every page,
// action and route handler authorises again through getActor().

const protectedPrefixes = ["/dashboard", "/members", "/assessments", "/templates", "/responses", "/evidence", "/files"];
const secureCookies = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
const csrfCookie = `${secureCookies ? "__Host-" : ""}next-auth.csrf-token`;

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

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const secret = process.env.NEXTAUTH_SECRET ?? "";

  // A form post (a server action) is let through even when signed out: the action client answers with the form as
  // typed and a link to sign in again, so an expired session never loses what someone wrote.
  const isRead = request.method === "GET" || request.method === "HEAD";
  if (isRead && protectedPrefixes.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`))) {
    const token = await getToken({ req: request, secret, secureCookie: secureCookies });
    if (!token) {
      const signIn = new URL("/signin", request.url);
      signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
      return NextResponse.redirect(signIn, 303);
    }
  }

  // A form post too large for a server action to read goes to a page that says nothing was saved, instead of
  // failing inside Next with a 500 (lib/http/request-too-large.ts). Next's action client follows its own header.
  const tooLarge = tooLargeRedirect({ method: request.method, contentLength: request.headers.get("content-length"), nextAction: request.headers.get("next-action"), from: `${pathname}${search}` });
  if (tooLarge?.fetchAction) return new NextResponse(null, { status: 413, headers: { "x-action-redirect": `${tooLarge.page};push` } });
  if (tooLarge) return NextResponse.redirect(new URL(tooLarge.page, request.url), 303);

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);

  const newCsrf = pathname === "/signin" || pathname === "/signout" ? csrfCookieValue(request.cookies.get(csrfCookie)?.value, secret) : null;
  if (newCsrf) {
    const others = (request.headers.get("cookie") ?? "").split(/;\s*/).filter((pair) => pair && !pair.startsWith(`${csrfCookie}=`));
    requestHeaders.set("cookie", [...others, `${csrfCookie}=${newCsrf}`].join("; "));
  }

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  if (request.headers.get("x-forwarded-proto") === "https" || request.nextUrl.protocol === "https:") {
    response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  }
  if (newCsrf) response.cookies.set(csrfCookie, newCsrf, { httpOnly: true, sameSite: "lax", path: "/", secure: secureCookies });
  return response;
}

export const config = {
  matcher: [{ source: "/((?!api|_next/static|_next/image|assets|favicon.ico).*)" }],
};
