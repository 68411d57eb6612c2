import type { Bilingual } from "@/lib/domain/text";

/** A buyer's text in the reader's language where the buyer wrote it, else in English, with its language for `lang`. */
export function inLanguage(text: Bilingual, locale: "en" | "cy"): { text: string; lang: "en" | "cy" } {
  return locale === "cy" && text.cy.trim() ? { text: text.cy, lang: "cy" } : { text: text.en, lang: "en" };
}
