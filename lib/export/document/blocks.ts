import { cleanText } from "../format";
import type { Bilingual, Language } from "../model";

/**
 * A word-processed document as a list of blocks, written once per document and rendered by the DOCX and
 * ODT cores, so the two formats always say the same thing. Text is cleaned for XML here.
 */

/** A run of text; `lang` marks its language for spell checkers and screen readers (none for numbers, names). */
export type Span = { text: string; lang?: Language; bold?: boolean };
export type Paragraph = { spans: Span[]; bullet?: boolean };
export type Cell = Paragraph[];

export type Block =
  | { kind: "title"; lines: Paragraph[] }
  | { kind: "heading"; level: 1 | 2 | 3; text: Paragraph }
  | { kind: "paragraph"; text: Paragraph }
  | {
      kind: "table";
      /** Relative column widths. */
      widths: number[];
      /** Null for a two-column table of labels and values. */
      header: Cell[] | null;
      rows: Cell[][];
      /** Columns of numbers, aligned right. */
      numeric?: boolean[];
    };

/** A part of the page footer: text, or the number of the page or of pages, filled in by the word processor. */
export type FooterPart = Span | { field: "page-number" | "page-count" };

export type DocumentModel = {
  title: string;
  subject: string;
  /** The buyer, as the document's author. */
  author: string;
  /** Languages in the order shown; the first is the document's main language. */
  languages: Language[];
  created: string;
  /** Landscape only for a table too wide for a portrait page. */
  orientation: "portrait" | "landscape";
  /** At the top of every page: the reference, the assessment's title and what the document is. */
  runningHeader: Paragraph;
  /** At the foot of every page: "Tudalen 2 o 9 / Page 2 of 9". */
  pageFooter: FooterPart[];
  blocks: Block[];
};

const pageWords: Record<Language, { page: string; of: string }> = { en: { page: "Page", of: "of" }, cy: { page: "Tudalen", of: "o" } };

/** Builds blocks in the languages of one export, in their order. */
export function composer(languages: readonly Language[]) {
  const span = (text: string, lang?: Language, bold?: boolean): Span => {
    const s: Span = { text: cleanText(text) };
    if (lang) s.lang = lang;
    if (bold) s.bold = true;
    return s;
  };
  /** One line with every language, "Cymraeg / English". */
  const joined = (text: Bilingual, bold?: boolean): Paragraph => ({
    spans: languages.flatMap((lang, index) => [
      ...(index > 0 ? [span(" / ", undefined, bold)] : []),
      span(text[lang], lang, bold),
    ]),
  });
  /** One paragraph per language; once, unmarked, when every language has the same text (a sum of money, a name). */
  const paragraphs = (text: Bilingual, options: { bold?: boolean; bullet?: boolean } = {}): Paragraph[] => {
    const bullet = options.bullet ? { bullet: true } : {};
    if (languages.length > 1 && languages.every((lang) => text[lang] === text[languages[0]])) {
      return [{ spans: [span(text[languages[0]], undefined, options.bold)], ...bullet }];
    }
    return languages.map((lang) => ({ spans: [span(text[lang], lang, options.bold)], ...bullet }));
  };

  /** "CCC-2026-014 · Cloud hosting for council services · Canlyniadau / Results", each text once if the same in every language. */
  const runningHeader = (reference: string, title: Bilingual, kind: Bilingual): Paragraph => {
    const once = (text: Bilingual): Span[] =>
      languages.every((lang) => text[lang] === text[languages[0]]) ? [span(text[languages[0]], languages[0])] : joined(text).spans;
    return { spans: [span(`${reference} · `), ...once(title), span(" · "), ...joined(kind).spans] };
  };
  /** "Tudalen 2 o 9 / Page 2 of 9". */
  const pageFooter = (): FooterPart[] =>
    languages.flatMap((lang, index): FooterPart[] => [
      ...(index > 0 ? [span(" / ")] : []),
      span(`${pageWords[lang].page} `, lang),
      { field: "page-number" },
      span(` ${pageWords[lang].of} `, lang),
      { field: "page-count" },
    ]);

  return {
    languages,
    span,
    runningHeader,
    pageFooter,
    joined,
    paragraphs,
    title: (lines: Bilingual[]): Block => ({ kind: "title", lines: lines.flatMap((line) => paragraphs(line)) }),
    /** A heading in every language, after a language-neutral prefix such as "2. ". */
    heading: (level: 1 | 2 | 3, text: Bilingual, prefix = ""): Block => {
      const line = joined(text);
      return { kind: "heading", level, text: prefix ? { spans: [span(prefix), ...line.spans] } : line };
    },
    /** A heading with language-neutral text, such as a supplier's name. */
    plainHeading: (level: 1 | 2 | 3, text: string): Block => ({ kind: "heading", level, text: { spans: [span(text)] } }),
    text: (text: Bilingual): Block[] => paragraphs(text).map((p) => ({ kind: "paragraph", text: p })),
    /** A cell with the text in each language. */
    cell: (text: Bilingual, bold?: boolean): Cell => paragraphs(text, { bold }),
    /** A cell with a bulleted list, each item in each language. */
    listCell: (items: Bilingual[], empty: Bilingual): Cell =>
      items.length === 0
        ? paragraphs(empty)
        : languages.flatMap((lang) => items.map((item) => ({ spans: [span(item[lang], lang)], bullet: true }))),
    /** A language-neutral cell: a number, an id, a supplier's name. */
    plain: (text: string, bold?: boolean): Cell => [{ spans: [span(text, undefined, bold)] }],
    /** A table of labels and values. */
    details: (rows: [Bilingual, Cell][]): Block => ({
      kind: "table",
      widths: [1, 2],
      header: null,
      rows: rows.map(([label, value]) => [paragraphs(label, { bold: true }), value]),
    }),
  };
}

export type Composer = ReturnType<typeof composer>;

/** Whether the paragraph at `index` introduces a table: the next block that is not a paragraph is a table. */
export function introducesTable(blocks: readonly Block[], index: number): boolean {
  for (let next = index + 1; next < blocks.length; next++) {
    if (blocks[next].kind !== "paragraph") return blocks[next].kind === "table";
  }
  return false;
}
