export const locales = ["en", "cy"] as const;
export type Locale = (typeof locales)[number];
export const localeCookie = "NEXT_LOCALE";

export function toLocale(value: string | undefined | null): Locale {
  return value === "cy" ? "cy" : "en";
}

/** Set when someone signed out chooses a language, so that signing in saves that choice to their profile. */
export const chosenLocaleCookie = "NEXT_LOCALE_CHOSEN";
