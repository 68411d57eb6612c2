import {
  AlignmentType,
  Document,
  HeadingLevel,
  LineRuleType,
  Packer,
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
import type { Block, Cell, DocumentModel, Paragraph, Span } from "../document/blocks";
import { languageTags } from "../format";

/** The DOCX core: renders a document model as WordprocessingML with the docx package. */

// A4 with 2 cm margins, in twentieths of a point.
const PAGE = { width: 11906, height: 16838, margin: 1134 };
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
            margin: { top: PAGE.margin, right: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin },
          },
        },
        children: model.blocks.flatMap((block) => renderBlock(block, textWidth)),
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function renderBlock(block: Block, textWidth: number): (DocxParagraph | Table)[] {
  switch (block.kind) {
    case "title":
      return block.lines.map((line) => paragraph(line, { heading: HeadingLevel.TITLE }));
    case "heading":
      return [paragraph(block.text, { heading: HEADINGS[block.level] })];
    case "paragraph":
      return [paragraph(block.text)];
    case "table":
      // The empty paragraph keeps two tables in a row from merging into one, as Word would.
      return [table(block, textWidth), new DocxParagraph({ spacing: { after: 120 } })];
  }
}

function table(block: Extract<Block, { kind: "table" }>, textWidth: number): Table {
  const total = block.widths.reduce((sum, w) => sum + w, 0);
  const widths = block.widths.map((w) => Math.floor((w / total) * textWidth));
  const row = (cells: Cell[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
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
    rows: [...(block.header ? [row(block.header, true)] : []), ...block.rows.map((cells) => row(cells, false))],
  });
}

function cellParagraphs(cell: Cell, alignment: (typeof AlignmentType)[keyof typeof AlignmentType] | undefined, bold: boolean): DocxParagraph[] {
  if (cell.length === 0) return [new DocxParagraph({})];
  return cell.map((p) => paragraph(p, { alignment, bold, spacing: { after: 40 } }));
}

function paragraph(
  p: Paragraph,
  options: {
    heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel];
    alignment?: (typeof AlignmentType)[keyof typeof AlignmentType];
    bold?: boolean;
    spacing?: { after: number };
  } = {},
): DocxParagraph {
  return new DocxParagraph({
    heading: options.heading,
    alignment: options.alignment,
    spacing: options.spacing,
    bullet: p.bullet ? { level: 0 } : undefined,
    children: p.spans.flatMap((span) => runs(span, options.bold)),
  });
}

/** One run per line: a line break inside a value becomes a break in the run. */
function runs(span: Span, bold?: boolean): TextRun[] {
  return span.text.split(/\r\n|\r|\n/).map(
    (line, index) =>
      new TextRun({
        text: line,
        break: index > 0 ? 1 : undefined,
        bold: span.bold || bold || undefined,
        language: span.lang ? { value: languageTags[span.lang].tag } : undefined,
      }),
  );
}
