import "server-only";
import { cookies } from "next/headers";
import { NextResponse } from "next/server";
import { linkToken } from "@/lib/schemas/ids";

// A link sent by e-mail (password reset, supplier invitation, member invitation) carries a token in its address. On
// first use the token is moved into a short-lived HTTP-only cookie and the browser is sent on to an address without
// it, so it never stays in history, proxy logs or Referer headers, and the pages and forms read it from the cookie.
// Lax, not Strict: the link is opened from a mail client, a navigation from another site.

export type LinkPurpose = "password-reset" | "supplier-invitation" | "member-invitation";

const lifetimeSeconds = 60 * 60;
const cookieName = (purpose: LinkPurpose) => `link-${purpose}`;

/** The route handler behind a link: keeps the token and answers 303 to `page`. A malformed token is not kept. */
export function holdLinkToken(request: Request, purpose: LinkPurpose, token: string, page: string): NextResponse {
  const response = NextResponse.redirect(new URL(page, process.env.NEXTAUTH_URL || request.url), 303);
  response.headers.set("Referrer-Policy", "no-referrer");
  response.headers.set("Cache-Control", "no-store");
  if (linkToken.safeParse(token).success) {
    const secure = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
    response.cookies.set(cookieName(purpose), token, { httpOnly: true, sameSite: "lax", secure, path: "/", maxAge: lifetimeSeconds });
  } else {
    response.cookies.delete(cookieName(purpose));
  }
  return response;
}

/** The token this browser brought with a link, or "". */
export async function heldLinkToken(purpose: LinkPurpose): Promise<string> {
  const value = (await cookies()).get(cookieName(purpose))?.value ?? "";
  return linkToken.safeParse(value).success ? value : "";
}

/** Forgets the token once the link has been used. */
export async function dropLinkToken(purpose: LinkPurpose): Promise<void> {
  (await cookies()).delete(cookieName(purpose));
}
