import { NextResponse, type NextRequest } from "next/server";
import { publicUrl } from "@/lib/http/public-url";
import { chosenLocaleCookie, localeCookie, locales, type Locale } from "@/lib/i18n/locales";
import { isSameOriginRequest } from "@/lib/security/same-origin";
import { setPreferredLanguage } from "@/lib/server/account/set-preferred-language";
import { getActor } from "@/lib/server/auth/actor";
import { safeReturnPath } from "@/lib/server/safe-return-path";

const plain = (body: string, status: number) => new NextResponse(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

// The language switch is a small form (a button styled as a link), so it works without JavaScript: remember the
// choice and go back to the same page. A route handler is not a server action, so it checks the origin itself.
export async function POST(request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!(locales as readonly string[]).includes(locale)) return plain("Not found", 404);
  if (!isSameOriginRequest(request.headers)) return plain("Forbidden", 403);
  let back = "/";
  try {
    back = safeReturnPath((await request.formData()).get("back"), "/");
  } catch {
    return plain("Bad request", 400);
  }
  const actor = await getActor();
  if (actor) await setPreferredLanguage(actor, locale as Locale);
  const response = NextResponse.redirect(publicUrl(back, request), 303);
  response.cookies.set(localeCookie, locale, { path: "/", sameSite: "lax", maxAge: 365 * 24 * 60 * 60 });
  // Signed out, the choice is kept for the next sign-in, which saves it to the profile.
  if (!actor) response.cookies.set(chosenLocaleCookie, locale, { path: "/", sameSite: "lax", httpOnly: true, maxAge: 24 * 60 * 60 });
  return response;
}

// A link from elsewhere (or an old bookmark) changes nothing: it goes back.
export async function GET(request: NextRequest) {
  return NextResponse.redirect(publicUrl(safeReturnPath(request.nextUrl.searchParams.get("back"), "/"), request), 303);
}
