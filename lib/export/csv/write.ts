import { cleanText } from "../format";
import type { CellValue, Sheet } from "../table/columns";

/**
 * RFC 4180 CSV: CRLF between records, fields quoted when they hold a comma, quote or line break, quotes
 * doubled. It starts with a UTF-8 byte order mark so Excel reads Welsh letters such as ŵ and ŷ right.
 */
export const BOM = "\uFEFF";

export function writeCsv(sheet: Sheet): string {
  const header = sheet.columns.map((c) => field(c.header, "text"));
  const rows = sheet.rows.map((row) => row.map((value, index) => field(value, sheet.columns[index]?.kind ?? "text")));
  return BOM + [header, ...rows].map((record) => record.join(",")).join("\r\n") + "\r\n";
}

/** A total or subtotal ("points") is written with two decimals, 58.50, as the documents show it. */
function field(value: CellValue, kind: Sheet["columns"][number]["kind"]): string {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? (kind === "points" ? value.toFixed(2) : String(value)) : "";
  const text = neutraliseFormula(cleanText(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A spreadsheet runs a cell that starts with =, +, -, @ (or a tab or carriage return before one) as a
 * formula. Supplier names come from suppliers, so such text is written with a leading apostrophe, as OWASP
 * advises for CSV injection.
 */
function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
