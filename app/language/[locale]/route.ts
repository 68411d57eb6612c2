import { NextResponse, type NextRequest } from "next/server";
import { localeCookie, locales, type Locale } from "@/lib/i18n/locales";
import { setPreferredLanguage } from "@/lib/server/account/set-preferred-language";
import { getActor } from "@/lib/server/auth/actor";
import { safeReturnPath } from "@/lib/server/safe-return-path";

// The language switch is a plain link, so it works without JavaScript: remember the choice and go back.
export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!(locales as readonly string[]).includes(locale)) return new NextResponse("Not found", { status: 404 });
  const actor = await getActor();
  if (actor) await setPreferredLanguage(actor, locale as Locale);
  const back = safeReturnPath(request.nextUrl.searchParams.get("back"), "/");
  const response = NextResponse.redirect(new URL(back, request.url), 303);
  response.cookies.set(localeCookie, locale, { path: "/", sameSite: "lax", maxAge: 365 * 24 * 60 * 60 });
  return response;
}
