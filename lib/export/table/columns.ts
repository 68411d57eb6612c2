import { languageNames } from "../labels";
import type { Bilingual, Language } from "../model";

/**
 * A table of rows for the spreadsheet and CSV writers: both write the same columns, so an .xlsx and a
 * .csv of the same export always agree.
 */
export type CellValue = string | number | null;

export type Column<Row> = {
  header: string;
  /** Width in characters, for spreadsheets. */
  width: number;
  /** "points": a total or subtotal, always shown with two decimals (58.50). */
  kind: "text" | "number" | "points";
  value: (row: Row) => CellValue;
};

export type Table<Row> = { name: string; columns: Column<Row>[]; rows: Row[] };

/** A column whose value is the same in every language, headed in every language: "Pwysoliad (%) / Weight (%)". */
export function column<Row>(
  label: Bilingual,
  languages: readonly Language[],
  width: number,
  kind: Column<Row>["kind"],
  value: (row: Row) => CellValue,
): Column<Row> {
  return { header: languages.map((lang) => label[lang]).join(" / "), width, kind, value };
}

/**
 * One column per language for text that is translated: "Teitl (Cymraeg)", "Title (English)". An export in
 * one language has one column, headed without the language.
 */
export function languageColumns<Row>(
  label: Bilingual,
  languages: readonly Language[],
  width: number,
  text: (row: Row, lang: Language) => string,
): Column<Row>[] {
  return languages.map((lang) => ({
    header: languages.length > 1 ? `${label[lang]} (${languageNames[lang][lang]})` : label[lang],
    width,
    kind: "text" as const,
    value: (row: Row) => text(row, lang),
  }));
}

/** A table worked out to plain values, ready for a writer. */
export type Sheet = { name: string; columns: Omit<Column<unknown>, "value">[]; rows: CellValue[][] };

export function toSheet<Row>(table: Table<Row>): Sheet {
  return {
    name: table.name,
    columns: table.columns.map(({ header, width, kind }) => ({ header, width, kind })),
    rows: table.rows.map((row) => table.columns.map((c) => c.value(row))),
  };
}

/** A sheet name in every language, within Excel's 31 characters and without the characters it forbids. */
export function sheetName(label: Bilingual, languages: readonly Language[]): string {
  const name = languages.map((lang) => label[lang]).join(" - ").replace(/[\\/?*[\]:]/g, " ");
  return name.length <= 31 ? name : label[languages[0]].replace(/[\\/?*[\]:]/g, " ").slice(0, 31);
}
