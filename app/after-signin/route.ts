import { NextResponse, type NextRequest } from "next/server";
import { publicUrl } from "@/lib/http/public-url";
import { chosenLocaleCookie, localeCookie } from "@/lib/i18n/locales";
import { getActor } from "@/lib/server/auth/actor";
import { safeReturnPath } from "@/lib/server/safe-return-path";

// Where next-auth lands after a sign-in: the language of the service becomes the person's saved preference (which
// signing in has already set to a language chosen just before, see saveLanguageChosenAtSignIn).
export async function GET(request: NextRequest) {
  const actor = await getActor();
  const next = safeReturnPath(request.nextUrl.searchParams.get("next"), "/dashboard");
  const response = NextResponse.redirect(publicUrl(actor ? next : "/signin", request), 303);
  if (actor) {
    response.cookies.set(localeCookie, actor.preferredLanguage, { path: "/", sameSite: "lax", maxAge: 365 * 24 * 60 * 60 });
    response.cookies.delete(chosenLocaleCookie);
  }
  return response;
}
