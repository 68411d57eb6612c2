import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph as DocxParagraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { introducesTable, type Block, type Cell, type DocumentModel, type FooterPart, type Paragraph, type Span } from "../document/blocks";
import { TABLE_FONT_PT, tableLayout } from "../document/column-widths";
import { languageTags } from "../format";

/** The DOCX core: renders a document model as WordprocessingML with the docx package. */

// A4 with 2 cm margins, in twentieths of a point.
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const TWIPS_PER_CM = 566.93;
const BORDER = { style: "single" as const, size: 4, color: "B1B4B6" };
const HEADER_FILL = "F3F2F1";

export async function renderDocx(model: DocumentModel): Promise<Uint8Array> {
  const landscape = model.orientation === "landscape";
  const textWidth = (landscape ? PAGE.height : PAGE.width) - 2 * PAGE.margin;
  const document = new Document({
    title: model.title,
    subject: model.subject,
    creator: model.author,
    lastModifiedBy: model.author,
    styles: {
      default: {
        document: {
          run: { font: "Arial", size: 22, language: { value: languageTags[model.languages[0]].tag } },
          paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
        },
        title: { run: { font: "Arial", size: 40, bold: true, color: "0B0C0C" }, paragraph: { spacing: { after: 240, line: 240, lineRule: LineRuleType.AUTO } } },
        heading1: { run: { font: "Arial", size: 32, bold: true, color: "0B0C0C" }, paragraph: { spacing: { before: 360, after: 160 }, keepNext: true } },
        heading2: { run: { font: "Arial", size: 26, bold: true, color: "0B0C0C" }, paragraph: { spacing: { before: 280, after: 120 }, keepNext: true } },
        heading3: { run: { font: "Arial", size: 22, bold: true, color: "0B0C0C" }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            // docx swaps width and height itself for landscape.
            size: { width: PAGE.width, height: PAGE.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: { top: PAGE.margin, right: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, header: 567, footer: 567 },
          },
        },
        headers: { default: new Header({ children: [runningHeader(model.runningHeader)] }) },
        footers: { default: new Footer({ children: [pageFooter(model.pageFooter)] }) },
        children: model.blocks.flatMap((block, index) => renderBlock(block, textWidth, introducesTable(model.blocks, index))),
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

const SMALL = 18;

function runningHeader(p: Paragraph): DocxParagraph {
  return new DocxParagraph({
    border: { bottom: { ...BORDER, space: 4 } },
    spacing: { after: 0 },
    children: p.spans.map((span) => new TextRun({ text: span.text, size: SMALL, color: "505A5F", language: span.lang ? { value: languageTags[span.lang].tag } : undefined })),
  });
}

function pageFooter(parts: FooterPart[]): DocxParagraph {
  return new DocxParagraph({
    alignment: AlignmentType.RIGHT,
    spacing: { after: 0 },
    children: parts.map((part) =>
      "field" in part
        ? new TextRun({ children: [part.field === "page-number" ? PageNumber.CURRENT : PageNumber.TOTAL_PAGES], size: SMALL })
        : new TextRun({ text: part.text, size: SMALL, language: part.lang ? { value: languageTags[part.lang].tag } : undefined }),
    ),
  });
}

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** The paragraphs just before a table introduce it, so they are kept on the page with the table. */
function renderBlock(block: Block, textWidth: number, beforeTable: boolean): (DocxParagraph | Table)[] {
  switch (block.kind) {
    case "title":
      return block.lines.map((line) => paragraph(line, { heading: HeadingLevel.TITLE }));
    case "heading":
      return [paragraph(block.text, { heading: HEADINGS[block.level] })];
    case "paragraph":
      return [paragraph(block.text, { keepNext: beforeTable })];
    case "table":
      // The empty paragraph keeps two tables in a row from merging into one, as Word would.
      return [table(block, textWidth), new DocxParagraph({ spacing: { after: 120 } })];
  }
}

/**
 * Rows never split across pages and the header row repeats on each page. A short table is kept on one page (each
 * row kept with the next); a long one keeps its header with the first two rows and its last two rows together.
 */
function table(block: Extract<Block, { kind: "table" }>, textWidth: number): Table {
  const layout = tableLayout(block, textWidth / TWIPS_PER_CM);
  const widths = layout.widths.map((cm) => Math.floor(cm * TWIPS_PER_CM));
  const last = block.rows.length - 1;
  const keepWithNext = (index: number) => index < last && (layout.keepTogether || index === 0 || index === last - 1);
  const row = (cells: Cell[], header: boolean, keepNext: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      keepNext,
      children: cells.map((cell, index) => {
        const labelColumn = block.header === null && index === 0;
        return new TableCell({
          width: { size: widths[index], type: WidthType.DXA },
          margins: { top: 60, bottom: 60, left: 100, right: 100 },
          shading: header || labelColumn ? { type: ShadingType.CLEAR, fill: HEADER_FILL, color: "auto" } : undefined,
          children: cellParagraphs(cell, block.numeric?.[index] ? AlignmentType.RIGHT : undefined, header),
        });
      }),
    });
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
    rows: [...(block.header ? [row(block.header, true, block.rows.length > 0)] : []), ...block.rows.map((cells, index) => row(cells, false, keepWithNext(index)))],
  });
}

function cellParagraphs(cell: Cell, alignment: (typeof AlignmentType)[keyof typeof AlignmentType] | undefined, bold: boolean): DocxParagraph[] {
  if (cell.length === 0) return [new DocxParagraph({})];
  return cell.map((p) => paragraph(p, { alignment, bold, size: TABLE_FONT_PT * 2, spacing: { after: 40 } }));
}

function paragraph(
  p: Paragraph,
  options: {
    heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel];
    alignment?: (typeof AlignmentType)[keyof typeof AlignmentType];
    bold?: boolean;
    keepNext?: boolean;
    /** In half-points. */
    size?: number;
    spacing?: { after: number };
  } = {},
): DocxParagraph {
  return new DocxParagraph({
    heading: options.heading,
    keepNext: options.keepNext || undefined,
    alignment: options.alignment,
    spacing: options.spacing,
    bullet: p.bullet ? { level: 0 } : undefined,
    children: p.spans.flatMap((span) => runs(span, options.bold, options.size)),
  });
}

/** One run per line: a line break inside a value becomes a break in the run. */
function runs(span: Span, bold?: boolean, size?: number): TextRun[] {
  return span.text.split(/\r\n|\r|\n/).map(
    (line, index) =>
      new TextRun({
        text: line,
        break: index > 0 ? 1 : undefined,
        bold: span.bold || bold || undefined,
        size,
        language: span.lang ? { value: languageTags[span.lang].tag } : undefined,
      }),
  );
}
