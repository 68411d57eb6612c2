/** An organisation's name in the reader's language, falling back to English when no Welsh name is recorded. */
export function organisationName(organisation: { organisationNameEn: string; organisationNameCy: string | null }, locale: string): string {
  return locale === "cy" && organisation.organisationNameCy ? organisation.organisationNameCy : organisation.organisationNameEn;
}
