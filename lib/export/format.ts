import type { Bilingual, Language } from "./model";

const locales: Record<Language, string> = { en: "en-GB", cy: "cy" };

/** BCP 47 tag with region, as office formats want it. */
export const languageTags: Record<Language, { language: string; country: string; tag: string }> = {
  en: { language: "en", country: "GB", tag: "en-GB" },
  cy: { language: "cy", country: "GB", tag: "cy-GB" },
};

// Making an Intl formatter is slow and a large results export formats a hundred thousand numbers: keep them.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) formatters.set(key, (formatter = make()));
  return formatter;
}

export function formatNumber(value: number, lang: Language, maximumFractionDigits = 2): string {
  return cached(`n:${lang}:${maximumFractionDigits}`, () => new Intl.NumberFormat(locales[lang], { maximumFractionDigits })).format(value);
}

/**
 * Points on the 0–100 total, a business rule's subtotal and the gap to the leader: always two decimals
 * ("58.50" beside "79.38"), as given by the rules engine.
 */
export function formatPoints(value: number, lang: Language): string {
  return cached(`p:${lang}`, () => new Intl.NumberFormat(locales[lang], { minimumFractionDigits: 2, maximumFractionDigits: 2 })).format(value);
}

export function formatPercent(value: number, lang: Language): string {
  return `${formatNumber(value, lang)}%`;
}

export function formatMoney(value: number, lang: Language): string {
  const whole = Number.isInteger(value);
  return cached(`m:${lang}:${whole}`, () =>
    new Intl.NumberFormat(locales[lang], { style: "currency", currency: "GBP", minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 }),
  ).format(value);
}

/**
 * "Friday, 27 March 2026 at 12:00 GMT" / "Dydd Gwener, 27 Mawrth 2026 am 12:00 GMT", in UK time.
 * The zone is GMT or BST in both languages: ICU writes "GMT+1" in Welsh, which people do not use.
 */
export function formatDateTime(iso: string, lang: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const text = cached(`d:${lang}`, () => new Intl.DateTimeFormat(locales[lang], { dateStyle: "full", timeStyle: "short", timeZone: "Europe/London" })).format(date);
  return `${text} ${londonZone(date)}`;
}

function londonZone(date: Date): string {
  const part = cached("zone", () => new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", timeZoneName: "short" }))
    .formatToParts(date)
    .find((p) => p.type === "timeZoneName");
  return part?.value === "GMT+1" ? "BST" : (part?.value ?? "GMT");
}

/** Builds a Bilingual by calling `make` once per language. */
export function perLanguage(make: (lang: Language) => string): Bilingual {
  return { en: make("en"), cy: make("cy") };
}

/**
 * Removes characters XML 1.0 cannot hold (most control characters, lone surrogates, U+FFFE/U+FFFF):
 * one of them in a supplier's name would make the whole document unreadable.
 */
export function cleanText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "");
}
