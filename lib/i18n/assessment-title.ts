import { inLanguage } from "./in-language";
import type { Locale } from "./locales";

/** An assessment's title in the reader's language: its Welsh title on Welsh pages where the buyer wrote one. */
export function assessmentTitle(assessment: { title: string; titleCy: string | null }, locale: Locale): string {
  return inLanguage({ en: assessment.title, cy: assessment.titleCy ?? "" }, locale).text;
}
