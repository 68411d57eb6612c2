import { toDayNumber, type IsoDate } from "../dates";

// Working days as the Procurement Act 2023 s.123 defines them: not a Saturday or Sunday, Christmas Day or Good Friday,
// nor a bank holiday under the Banking and Financial Dealings Act 1971 in ANY part of the United Kingdom — so the
// bank holidays of England and Wales, Scotland and Northern Ireland all count. The regular holidays are worked out
// by rule, with the usual substitute days; a one-off holiday proclaimed for an occasion (a coronation, a jubilee) is
// not known to these rules and must be added to `proclaimedHolidays` when announced.

const DAY_MS = 86_400_000;

/** One-off bank holidays proclaimed by Royal Proclamation, ISO dates. */
export const proclaimedHolidays: readonly IsoDate[] = ["2022-06-02", "2022-06-03", "2022-09-19", "2023-05-08"];

const iso = (year: number, month: number, day: number): IsoDate => new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
const weekday = (date: IsoDate) => new Date(toDayNumber(date) * DAY_MS).getUTCDay();
const isWeekend = (date: IsoDate) => weekday(date) === 0 || weekday(date) === 6;
const addDays = (date: IsoDate, days: number): IsoDate => new Date((toDayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10);

/** Easter Sunday (Gregorian), by the anonymous Gregorian algorithm. */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
}

/** The nth Monday of a month (n = -1: the last). */
function monday(year: number, month: number, n: number): IsoDate {
  if (n > 0) {
    const first = iso(year, month, 1);
    return addDays(first, ((8 - weekday(first)) % 7) + 7 * (n - 1));
  }
  const last = iso(year, month + 1, 0);
  return addDays(last, -((weekday(last) + 6) % 7));
}

/** Fixed-date holidays in order; one falling on a weekend (or on a day already taken) moves to the next free weekday. */
function withSubstitutes(fixed: IsoDate[]): IsoDate[] {
  const taken: IsoDate[] = [];
  for (const date of fixed) {
    let day = date;
    while (isWeekend(day) || taken.includes(day)) day = addDays(day, 1);
    taken.push(day);
  }
  return taken;
}

/** Every UK bank holiday of a year, in any part of the UK, with Christmas Day and Good Friday. */
export function ukHolidays(year: number): Set<IsoDate> {
  const easter = easterSunday(year);
  const christmas = [iso(year, 12, 25), iso(year, 12, 26)];
  const englandAndWales = [...withSubstitutes([iso(year, 1, 1)]), ...withSubstitutes(christmas), addDays(easter, 1), monday(year, 5, 1), monday(year, 5, -1), monday(year, 8, -1)];
  const scotland = [...withSubstitutes([iso(year, 1, 1), iso(year, 1, 2)]), ...withSubstitutes(christmas), monday(year, 5, 1), monday(year, 5, -1), monday(year, 8, 1), ...withSubstitutes([iso(year, 11, 30)])];
  const northernIreland = [...withSubstitutes([iso(year, 3, 17)]), ...withSubstitutes([iso(year, 7, 12)])];
  const always = [iso(year, 12, 25), addDays(easter, -2)];
  return new Set([...englandAndWales, ...scotland, ...northernIreland, ...always, ...proclaimedHolidays.filter((date) => date.startsWith(`${year}-`))]);
}

export function isWorkingDay(date: IsoDate): boolean {
  return !isWeekend(date) && !ukHolidays(Number(date.slice(0, 4))).has(date);
}

/** The last day of a period of `count` working days beginning with `start` (which counts when it is a working day). */
export function lastOfWorkingDays(start: IsoDate, count: number): IsoDate {
  let day = start;
  let counted = isWorkingDay(day) ? 1 : 0;
  while (counted < count) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) counted += 1;
  }
  return day;
}
