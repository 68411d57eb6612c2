import { getRequestConfig } from "next-intl/server";
import { cookies } from "next/headers";
import { catalogues } from "./catalogue";
import { localeCookie, toLocale } from "./locales";

// The language cookie decides. Signing in sets it from the user's profile; switching language sets both.
export default getRequestConfig(async () => {
  const locale = toLocale((await cookies()).get(localeCookie)?.value);
  return { locale, timeZone: "Europe/London", messages: catalogues[locale] };
});
