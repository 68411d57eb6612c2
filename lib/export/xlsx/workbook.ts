import ExcelJS from "exceljs";
import { cleanText, languageTags } from "../format";
import type { Language } from "../model";
import type { Sheet } from "../table/columns";

/** The spreadsheet core: one sheet per table, header row bold and frozen, text wrapped, numbers kept as numbers. */

export type WorkbookMeta = {
  title: string;
  subject: string;
  author: string;
  created: string;
  language: Language;
  /** Printed at the top of every page: reference, assessment title and kind of document. */
  runningHeader: string;
  /** Printed at the foot of every page: "Page &P of &N", with Excel's codes for the page and the number of pages. */
  pageFooter: string;
};

/** Columns up to this many characters wide in all print on a portrait page; wider sheets print landscape. */
const PORTRAIT_CHARACTERS = 95;
/** A sheet up to this wide is printed scaled to the page's width (no smaller than about two thirds); a wider one runs on. */
const FIT_TO_WIDTH_CHARACTERS = 200;

export async function writeWorkbook(meta: WorkbookMeta, sheets: Sheet[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const created = new Date(meta.created);
  workbook.creator = meta.author;
  workbook.lastModifiedBy = meta.author;
  workbook.title = meta.title;
  workbook.subject = meta.subject;
  // Written to docProps/core.xml as dc:language; exceljs reads it but its types leave it out.
  Object.assign(workbook, { language: languageTags[meta.language].tag });
  if (!Number.isNaN(created.getTime())) {
    workbook.created = created;
    workbook.modified = created;
  }

  const used = new Set<string>();
  for (const table of sheets) {
    const width = table.columns.reduce((sum, c) => sum + c.width, 0);
    const sheet = workbook.addWorksheet(uniqueName(table.name, used), {
      views: [{ state: "frozen", ySplit: 1 }],
      // A4, landscape only for a wide sheet, the header row repeated on every printed page.
      pageSetup: {
        paperSize: 9,
        orientation: width > PORTRAIT_CHARACTERS ? "landscape" : "portrait",
        printTitlesRow: "1:1",
        ...(width <= FIT_TO_WIDTH_CHARACTERS ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
      },
      headerFooter: { oddHeader: `&L${headerText(meta.runningHeader)}`, oddFooter: `&R${meta.pageFooter}` },
    });
    sheet.columns = table.columns.map((c) => ({ width: c.width }));
    const rows = table.rows;
    sheet.addRow(table.columns.map((c) => cleanText(c.header)));
    for (const row of rows) sheet.addRow(row.map((v) => (typeof v === "string" ? cleanText(v) : v)));

    sheet.eachRow((row, rowNumber) => {
      const header = rowNumber === 1;
      row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
        const numeric = table.columns[columnNumber - 1]?.kind === "number";
        cell.font = { name: "Arial", size: 10, bold: header };
        const kind = table.columns[columnNumber - 1]?.kind;
        cell.alignment = { wrapText: true, vertical: "top", horizontal: numeric || kind === "points" ? "right" : "left" };
        // A total or subtotal is a number, shown with two decimals: 58.50 beside 79.38.
        if (!header && kind === "points") cell.numFmt = "0.00";
        if (header) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF3F2F1" } };
      });
      row.height = rowHeight(row.values as unknown[], table.columns.map((c) => c.width));
    });
    if (table.columns.length > 0) {
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + rows.length, column: table.columns.length } };
    }
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/**
 * Spreadsheet programs do not grow a row to fit wrapped text when they open a file (LibreOffice keeps the
 * default height and the lines overlap), so each row is given the height its longest cell needs, in points.
 */
function rowHeight(values: unknown[], widths: number[]): number {
  const lines = widths.map((width, index) => {
    const value = values[index + 1];
    if (value === null || value === undefined || value === "") return 1;
    // A column's width is in characters of the default font; Arial 10 fits about that many.
    return String(value)
      .split("\n")
      .reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / Math.max(1, width - 1))), 0);
  });
  return Math.min(409, Math.max(...lines, 1) * LINE_HEIGHT + 4);
}

const LINE_HEIGHT = 12.75;

/** Header and footer text: "&" starts a code, so a literal one is doubled; a long title is cut to what a header holds. */
function headerText(text: string): string {
  return cleanText(text).slice(0, 200).replace(/&/g, "&&");
}

/** Excel refuses two sheets with the same name, whatever their case. */
function uniqueName(name: string, used: Set<string>): string {
  let candidate = name || "Sheet";
  for (let n = 2; used.has(candidate.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    candidate = name.slice(0, 31 - suffix.length) + suffix;
  }
  used.add(candidate.toLowerCase());
  return candidate;
}
