import { getRequestConfig } from "next-intl/server";
import { cookies } from "next/headers";
import { catalogues } from "./catalogue";
import { localeCookie, toLocale } from "./locales";

// The language cookie decides. Signing in sets it from the user's profile; switching language sets both.
// English is British English: dates and numbers are formatted as in the UK ("1 December 2026"), never the US way.
// Pages read the language through toLocale, which takes "en-GB" as "en".
export default getRequestConfig(async () => {
  const locale = toLocale((await cookies()).get(localeCookie)?.value);
  return { locale: locale === "en" ? "en-GB" : "cy", timeZone: "Europe/London", messages: catalogues[locale] };
});
