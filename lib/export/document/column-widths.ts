import type { Block, Cell } from "./blocks";

/**
 * Column widths that fit the words: each column is at least as wide as the longest word in it (header words in
 * bold), so no word is broken inside ("Pwysolia/d"); the rest of the width is shared out as the table's relative
 * widths ask. Widths in centimetres, summing to the text width.
 */

/** Table text is 10 pt Arial in both formats. */
export const TABLE_FONT_PT = 10;
/** Left and right padding of a cell, together, in centimetres, with a little room for rounding in the layout. */
const CELL_PADDING_CM = 0.45;
/** A word longer than this share of the page (a web address) may still wrap, rather than squeeze every other column. */
const MAX_COLUMN_SHARE = 0.45;
const CM_PER_PT = 2.54 / 72;

// Arial (metric-compatible with Liberation Sans and Helvetica) advance widths in thousandths of an em.
const REGULAR: Record<string, number> = {
  ...spread("abdeghnopqu0123456789", 556),
  ...spread("ckstvxyz", 500),
  ...spread("fjilt", 278),
  ...spread("ijl", 222),
  r: 333, m: 833, w: 722,
  ...spread("ABEKPSVXY", 667),
  ...spread("CDHNRUw", 722),
  ...spread("GOQ", 778),
  ...spread("FTZ", 611),
  I: 278, J: 500, L: 556, M: 833, W: 944,
  ...spread(".,:;!/'| ", 278),
  ...spread("()-[]", 333),
  "%": 889, "&": 667, "£": 556, "€": 556, "“": 333, "”": 333, "’": 222,
};
const BOLD_FACTOR = 1.1;
const UNKNOWN = 600;

function spread(chars: string, width: number): Record<string, number> {
  return Object.fromEntries([...chars].map((ch) => [ch, width]));
}

/** Width of a run of text in points, at the table font size. */
export function textWidthPt(text: string, bold: boolean): number {
  let units = 0;
  for (const ch of text) {
    // ŵ, ŷ, â, é: the width of the letter under the accent.
    const base = REGULAR[ch] ?? REGULAR[ch.normalize("NFD")[0]] ?? UNKNOWN;
    units += base;
  }
  return (units / 1000) * TABLE_FONT_PT * (bold ? BOLD_FACTOR : 1);
}

/** The widest word of a cell, in centimetres with the cell's padding; a bulleted paragraph adds its indent. */
function widestWordCm(cell: Cell, bold: boolean): number {
  let widest = 0;
  for (const paragraph of cell) {
    const indent = paragraph.bullet ? 0.6 : 0;
    for (const span of paragraph.spans) {
      for (const word of span.text.split(/\s+/)) {
        if (word) widest = Math.max(widest, textWidthPt(word, bold || Boolean(span.bold)) * CM_PER_PT + indent);
      }
    }
  }
  return widest + CELL_PADDING_CM;
}

/** The narrowest each column can be without breaking a word. */
export function minimumWidths(block: Extract<Block, { kind: "table" }>): number[] {
  const minimums = block.widths.map(() => CELL_PADDING_CM);
  const measure = (cells: Cell[], bold: boolean) =>
    cells.forEach((cell, index) => {
      if (index < minimums.length) minimums[index] = Math.max(minimums[index], widestWordCm(cell, bold));
    });
  if (block.header) measure(block.header, true);
  for (const row of block.rows) measure(row, false);
  return minimums;
}

/**
 * Shares `textWidthCm` among the columns in proportion to their relative widths, but never below a column's
 * minimum: a column that would be too narrow is given its minimum and the others share what is left.
 */
export function fitColumnWidths(block: Extract<Block, { kind: "table" }>, textWidthCm: number): number[] {
  const cap = textWidthCm * MAX_COLUMN_SHARE;
  const minimums = minimumWidths(block).map((m) => Math.min(m, cap));
  const totalMinimum = minimums.reduce((sum, m) => sum + m, 0);
  // Too many words to fit: the columns keep the proportions of their minimums, and the longest words wrap.
  if (totalMinimum >= textWidthCm) return minimums.map((m) => (m / totalMinimum) * textWidthCm);

  const fixed = new Map<number, number>();
  for (;;) {
    const free = block.widths.map((_, index) => index).filter((index) => !fixed.has(index));
    const left = textWidthCm - [...fixed.values()].reduce((sum, w) => sum + w, 0);
    const weight = free.reduce((sum, index) => sum + block.widths[index], 0);
    const share = (index: number) => (weight > 0 ? (block.widths[index] / weight) * left : left / free.length);
    const tooNarrow = free.filter((index) => share(index) < minimums[index]);
    if (tooNarrow.length === 0) return block.widths.map((_, index) => fixed.get(index) ?? share(index));
    for (const index of tooNarrow) fixed.set(index, minimums[index]);
  }
}

const LINE_CM = TABLE_FONT_PT * 1.2 * CM_PER_PT;
const PARAGRAPH_GAP_CM = 0.07;
const ROW_PADDING_CM = 0.25;
/** A table up to this tall is kept on one page: moving it on leaves at most this much of a page blank. */
export const KEEP_TOGETHER_CM = 10;

/** About how tall a table is, in centimetres, with its columns at `widths`: each cell's words wrapped to its width. */
export function estimatedHeightCm(block: Extract<Block, { kind: "table" }>, widths: number[]): number {
  const cellHeight = (cell: Cell, width: number, bold: boolean) =>
    cell.reduce((sum, paragraph) => {
      const textCm = paragraph.spans.reduce((w, span) => w + textWidthPt(span.text, bold || Boolean(span.bold)) * CM_PER_PT, 0);
      const room = Math.max(0.5, width - CELL_PADDING_CM - (paragraph.bullet ? 0.6 : 0));
      return sum + Math.max(1, Math.ceil((textCm * 1.1) / room)) * LINE_CM + PARAGRAPH_GAP_CM;
    }, 0);
  const rowHeight = (cells: Cell[], bold: boolean) => Math.max(...cells.map((cell, index) => cellHeight(cell, widths[index] ?? 1, bold)), LINE_CM) + ROW_PADDING_CM;
  return (block.header ? rowHeight(block.header, true) : 0) + block.rows.reduce((sum, row) => sum + rowHeight(row, false), 0);
}

/** The columns' widths, and whether the table is short enough to be kept on one page. */
export function tableLayout(block: Extract<Block, { kind: "table" }>, textWidthCm: number): { widths: number[]; keepTogether: boolean } {
  const widths = fitColumnWidths(block, textWidthCm);
  return { widths, keepTogether: estimatedHeightCm(block, widths) <= KEEP_TOGETHER_CM };
}

/** Whether every column fits its longest word in the width. */
export function fitsWidth(block: Extract<Block, { kind: "table" }>, textWidthCm: number): boolean {
  return minimumWidths(block).reduce((sum, m) => sum + m, 0) <= textWidthCm;
}
