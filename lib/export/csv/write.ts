import { cleanText } from "../format";
import type { CellValue, Sheet } from "../table/columns";

/**
 * RFC 4180 CSV: CRLF between records, fields quoted when they hold a comma, quote or line break, quotes
 * doubled. It starts with a UTF-8 byte order mark so Excel reads Welsh letters such as ŵ and ŷ right.
 */
export const BOM = "\uFEFF";

export function writeCsv(sheet: Sheet): string {
  const records = [sheet.columns.map((c) => c.header), ...sheet.rows];
  return BOM + records.map((record) => record.map(field).join(",")).join("\r\n") + "\r\n";
}

function field(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
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
