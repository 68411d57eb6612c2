import { addDays, addMonths, compareDates, type IsoDate } from "../dates";

/**
 * A contract year: the first runs from the start date for twelve months, each next one from the day after; the
 * last ends with the contract. A supplier reports each year within the reporting window after it ends (PPN 01/24's
 * Carbon Reduction Contract Schedule asks for annual reporting; the window is the buyer's to set, 60 days here).
 */
export type ContractYear = { year: number; from: IsoDate; to: IsoDate; reportDue: IsoDate };

export const REPORT_WINDOW_DAYS = 60;

/** Every contract year from start to end (both days in the contract). */
export function contractYears(startsOn: IsoDate, endsOn: IsoDate): ContractYear[] {
  const years: ContractYear[] = [];
  for (let year = 1; compareDates(addMonths(startsOn, 12 * (year - 1)), endsOn) <= 0; year++) {
    const from = addMonths(startsOn, 12 * (year - 1));
    const fullYearEnd = addDays(addMonths(startsOn, 12 * year), -1);
    const to = compareDates(fullYearEnd, endsOn) < 0 ? fullYearEnd : endsOn;
    years.push({ year, from, to, reportDue: addDays(to, REPORT_WINDOW_DAYS) });
  }
  return years;
}

/** The contract year `today` falls in, or null before the start and after the end. */
export function contractYearOn(years: readonly ContractYear[], today: IsoDate): ContractYear | null {
  return years.find((year) => compareDates(year.from, today) <= 0 && compareDates(today, year.to) <= 0) ?? null;
}

/** A year a supplier can report on: one that has begun (a report may be filed early, or asked for during the year). */
export function reportableYears(years: readonly ContractYear[], today: IsoDate): ContractYear[] {
  return years.filter((year) => compareDates(year.from, today) <= 0);
}

/** The UK public sector's reporting year (1 April to 31 March), named by the year it starts in: 2025 is 2025–26. */
export type ReportingYear = { startYear: number; from: IsoDate; to: IsoDate };

export function reportingYear(startYear: number): ReportingYear {
  return { startYear, from: `${startYear}-04-01`, to: `${startYear + 1}-03-31` };
}

export function reportingYearOf(date: IsoDate): ReportingYear {
  const [year, month] = date.split("-").map(Number);
  return reportingYear(month >= 4 ? year : year - 1);
}

/** "2025–26", as reports name it; the same in Welsh. */
export const reportingYearLabel = (startYear: number) => `${startYear}–${String((startYear + 1) % 100).padStart(2, "0")}`;

/** Days before a report is due that the supplier is reminded. */
export const REMINDER_DAYS_BEFORE_DUE = 14;

/**
 * The reminder a contract year's unsubmitted report calls for today: "due-soon" from 14 days before it is due to the
 * day it is due (once the year has ended), "overdue" after. Each is sent once (the caller's key names the reason).
 */
export function reportReminder(year: ContractYear, today: IsoDate): "due-soon" | "overdue" | null {
  if (compareDates(today, year.to) <= 0) return null;
  if (compareDates(today, year.reportDue) > 0) return "overdue";
  return compareDates(today, addDays(year.reportDue, -REMINDER_DAYS_BEFORE_DUE)) >= 0 ? "due-soon" : null;
}
