/** A date typed as day, month and year (the GOV.UK date input): an ISO date, or the message key of what is wrong. */
export function parseDayMonthYear(day: string, month: string, year: string, key: string): { date: string } | { error: string } {
  if (!day.trim() && !month.trim() && !year.trim()) return { error: `${key}.required` };
  if (!/^\d{1,2}$/.test(day.trim()) || !/^\d{1,2}$/.test(month.trim()) || !/^\d{4}$/.test(year.trim())) return { error: `${key}.invalid` };
  const [d, m, y] = [Number(day), Number(month), Number(year)];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return { error: `${key}.invalid` };
  return { date: date.toISOString().slice(0, 10) };
}
