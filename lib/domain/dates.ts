/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD), always in UTC so a result never depends on the
 * machine's time zone. There is no "today" here: the assessment date is always an input.
 */
const DAY_MS = 86_400_000;

export type IsoDate = string;

function parts(date: IsoDate): [number, number, number] {
  const [y, m, d] = date.split("-").map(Number);
  return [y, m, d];
}

function format(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function toDayNumber(date: IsoDate): number {
  const [y, m, d] = parts(date);
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/** Adds whole months; a day past the end of the target month falls back to its last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(date);
  const monthIndex = m - 1 + months;
  const year = y + Math.floor(monthIndex / 12);
  const month = ((monthIndex % 12) + 12) % 12;
  const day = Math.min(d, daysInMonth(year, month));
  return format(Date.UTC(year, month, day));
}

/** Days from `from` to `to`, counting both ends (1 April 2024 to 31 March 2025 is 365). */
export function inclusiveDays(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from) + 1;
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return toDayNumber(a) - toDayNumber(b);
}

/**
 * The date an assessment is judged on: its response deadline's date (UTC), as the results take it. Footprints shown
 * to the supplier before the deadline use it too, so the emission factors they see are the ones the buyer will see.
 */
export function assessmentDateOf(responseDeadline: Date): IsoDate {
  return format(responseDeadline.getTime());
}

/**
 * A date as a person writes it: "5 January 2026", "5 Ionawr 2026" — for the engine's sentences, which would
 * otherwise print 2026-01-05. Anything that is not a date is given back as it is.
 */
export function dateInWords(date: string | undefined, language: "en" | "cy"): string {
  if (!date) return "";
  const day = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(day.getTime())) return date;
  return new Intl.DateTimeFormat(language === "cy" ? "cy" : "en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(day);
}
