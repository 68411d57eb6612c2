import type { Locale } from "./locales";

/** An assessment's title in the reader's language: its Welsh title on Welsh pages where the buyer wrote one. */
export function assessmentTitle(assessment: { title: string; titleCy: string | null }, locale: Locale): string {
  return (locale === "cy" && assessment.titleCy?.trim()) || assessment.title;
}
