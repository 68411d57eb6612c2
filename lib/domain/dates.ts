/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD), always in UTC so a result never depends on the
 * machine's time zone. There is no "today" here: the assessment date is always an input.
 */
import { toLondonTime } from "./assessment-setup/london-time";

const DAY_MS = 86_400_000;

export type IsoDate = string;

function parts(date: IsoDate): [number, number, number] {
  // YYYY-MM-DD, as every date is checked to be, is read by position; anything else by its dashes.
  if (date.length === 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45) {
    return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
  }
  const [y, m, d] = date.split("-").map(Number);
  return [y, m, d];
}

function format(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

const twoDigits = (value: number) => (value < 10 ? `0${value}` : String(value));

export function toDayNumber(date: IsoDate): number {
  const known = dayNumbers.get(date);
  if (known !== undefined) return known;
  const [y, m, d] = parts(date);
  const day = Date.UTC(y, m - 1, d) / DAY_MS;
  if (dayNumbers.size >= DAY_NUMBERS_KEPT) dayNumbers.clear();
  dayNumbers.set(date, day);
  return day;
}

// The assessment date and a few evidence dates are compared thousands of times in a large tender: each is read once.
const dayNumbers = new Map<IsoDate, number>();
const DAY_NUMBERS_KEPT = 4096;

const monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, monthIndex: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return monthIndex === 1 && leap ? 29 : monthLengths[monthIndex];
}

/** Adds whole months; a day past the end of the target month falls back to its last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(date);
  const monthIndex = m - 1 + months;
  const year = y + Math.floor(monthIndex / 12);
  const month = ((monthIndex % 12) + 12) % 12;
  const day = Math.min(d, daysInMonth(year, month));
  // Written out directly for the years people use; toISOString for the rest (it writes ±YYYYYY beyond them).
  return year >= 1000 && year <= 9999 ? `${year}-${twoDigits(month + 1)}-${twoDigits(day)}` : format(Date.UTC(year, month, day));
}

/** A date a whole number of days later (or earlier, for a negative number). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return format((toDayNumber(date) + days) * DAY_MS);
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
  const key = `${language}${date}`;
  const known = datesInWords.get(key);
  if (known !== undefined) return known;
  const day = new Date(`${date}T12:00:00Z`);
  const words = Number.isNaN(day.getTime()) ? date : longDate[language].format(day);
  if (datesInWords.size >= DATES_IN_WORDS_KEPT) datesInWords.clear();
  datesInWords.set(key, words);
  return words;
}

// The same few dates recur in thousands of sentences: each is put into words once.
const datesInWords = new Map<string, string>();
const DATES_IN_WORDS_KEPT = 4096;

// Made once: a formatter is costly to make, and the engine writes dates in thousands of sentences.
const longDate = {
  en: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
  cy: new Intl.DateTimeFormat("cy", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
};
const weekdayName = {
  en: new Intl.DateTimeFormat("en-GB", { weekday: "long", timeZone: "UTC" }),
  cy: new Intl.DateTimeFormat("cy", { weekday: "long", timeZone: "UTC" }),
};

/**
 * An instant as GOV.UK writes it, in UK time: "1 December 2026 at 1:15pm", "5pm", "midday", "midnight"; in Welsh
 * "1 Rhagfyr 2026 am 1:15yp", "hanner dydd", "hanner nos". With `weekday`, the day's name first ("Tuesday 1 December
 * 2026", "Dydd Mawrth 1 Rhagfyr 2026").
 */
export function momentInWords(instant: Date, language: "en" | "cy", options: { weekday?: boolean; place?: WeekdayPlace } = {}): string {
  const { year, month, day, hour, minute } = toLondonTime(instant);
  const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const weekday = options.weekday ? `${weekdayInWords(iso, language, options.place)} ` : "";
  return `${weekday}${dateInWords(iso, language)} ${language === "cy" ? "am" : "at"} ${timeInWords(hour, minute, language)}`;
}

/** A date with its day's name, as GOV.UK writes it (no comma): "Tuesday 1 December 2026", "ddydd Mawrth 1 Rhagfyr 2026". */
export function dayInWords(date: IsoDate, language: "en" | "cy", place: WeekdayPlace = "start"): string {
  return `${weekdayInWords(date, language, place)} ${dateInWords(date, language)}`;
}

/**
 * Where a day's name stands in its sentence, which in Welsh decides its form: "Dydd Mawrth" starting a phrase,
 * "dydd Mawrth" within a sentence, and "ddydd Mawrth" after a preposition that takes the soft mutation (ar, o, tan,
 * i). English always writes "Tuesday".
 */
export type WeekdayPlace = "start" | "in-sentence" | "after-ar-o-tan";

/** The name of a date's day: "Tuesday"; "Dydd Mawrth", "dydd Mawrth" or "ddydd Mawrth" by its place. */
export function weekdayInWords(date: IsoDate, language: "en" | "cy", place: WeekdayPlace = "start"): string {
  const name = weekdayName[language].format(new Date(`${date}T12:00:00Z`));
  if (language === "cy" && place !== "start") return `${place === "after-ar-o-tan" ? "dd" : "d"}${name.replace(/^[Dd]/, "")}`;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** A time of day on the 12-hour clock, as GOV.UK writes it: "9am", "1:15pm", "midday", "midnight" (Welsh yb/yp). */
export function timeInWords(hour: number, minute: number, language: "en" | "cy"): string {
  if (minute === 0 && (hour === 0 || hour === 12)) return language === "cy" ? (hour === 0 ? "hanner nos" : "hanner dydd") : hour === 0 ? "midnight" : "midday";
  const clock = hour % 12 === 0 ? 12 : hour % 12;
  const suffix = language === "cy" ? (hour < 12 ? "yb" : "yp") : hour < 12 ? "am" : "pm";
  return `${clock}${minute === 0 ? "" : `:${String(minute).padStart(2, "0")}`}${suffix}`;
}
