import { introducesTable, type Block, type Cell, type DocumentModel, type Paragraph, type Span } from "../document/blocks";
import { tableLayout } from "../document/column-widths";
import { languageTags } from "../format";
import type { Language } from "../model";
import { metaXml, stylesXml, textWidthCm, zipOdt } from "./package";
import { odfText, xmlns, XML_DECLARATION } from "./xml";

/** The ODT core: renders a document model as OpenDocument text, written by hand. */
export function renderOdt(model: DocumentModel): Uint8Array {
  const styles = new AutomaticStyles(textWidthCm(model.orientation));
  const body = renderBlocks(model.blocks, styles);
  const content =
    XML_DECLARATION +
    `<office:document-content ${xmlns("office", "style", "text", "table", "fo", "svg")} office:version="1.3">` +
    `<office:font-face-decls><style:font-face style:name="Arial" svg:font-family="Arial" style:font-family-generic="swiss" style:font-pitch="variable"/></office:font-face-decls>` +
    `<office:automatic-styles>${styles.xml()}</office:automatic-styles>` +
    `<office:body><office:text>${body}</office:text></office:body></office:document-content>`;
  return zipOdt(
    {
      content,
      styles: stylesXml(model.languages[0], model.orientation, { header: model.runningHeader, footer: model.pageFooter }),
      meta: metaXml({ title: model.title, subject: model.subject, author: model.author, language: model.languages[0], created: model.created }),
    },
    model.created,
  );
}

/** Styles made as the content needs them: one per table and column, and one per language and weight of text. */
class AutomaticStyles {
  constructor(private readonly textWidth: number) {}

  private readonly parts: string[] = [
    // A row is never split across pages: a criterion's text stays with its weight and score.
    `<style:style style:name="Row" style:family="table-row"><style:table-row-properties fo:keep-together="always"/></style:style>`,
    // The paragraphs just before a table introduce it, so it is kept on the page with the table.
    `<style:style style:name="Introduction" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:keep-with-next="always"/></style:style>`,
    `<style:style style:name="NumberContents" style:family="paragraph" style:parent-style-name="Table_20_Contents"><style:paragraph-properties fo:text-align="end"/></style:style>`,
    `<style:style style:name="NumberHeading" style:family="paragraph" style:parent-style-name="Table_20_Heading"><style:paragraph-properties fo:text-align="end"/></style:style>`,
  ];
  private readonly named = new Set<string>();
  private tables = 0;

  /** A short table is kept on one page; a long one may break between rows, its header repeated. */
  table(block: Extract<Block, { kind: "table" }>): { name: string; columns: string[] } {
    const name = `Table${++this.tables}`;
    const { widths, keepTogether } = tableLayout(block, this.textWidth);
    this.parts.push(
      `<style:style style:name="${name}" style:family="table"><style:table-properties style:width="${this.textWidth}cm" table:align="margins" fo:margin-bottom="0.3cm" style:may-break-between-rows="${keepTogether ? "false" : "true"}"/></style:style>`,
    );
    const columns = widths.map((cm, index) => {
      const column = `${name}.C${index + 1}`;
      const width = cm.toFixed(3);
      this.parts.push(
        `<style:style style:name="${column}" style:family="table-column"><style:table-column-properties style:column-width="${width}cm"/></style:style>`,
      );
      return column;
    });
    return { name, columns };
  }

  /** The text style for a span, or null when it needs none. */
  text(lang: Language | undefined, bold: boolean): string | null {
    if (!lang && !bold) return null;
    const name = `T${lang ?? ""}${bold ? "b" : ""}`;
    if (!this.named.has(name)) {
      this.named.add(name);
      const language = lang ? `fo:language="${languageTags[lang].language}" fo:country="${languageTags[lang].country}"` : "";
      this.parts.push(
        `<style:style style:name="${name}" style:family="text"><style:text-properties ${language} ${bold ? 'fo:font-weight="bold"' : ""}/></style:style>`,
      );
    }
    return name;
  }

  /**
   * ODF draws each cell's own borders, so neighbours sharing a border would draw it twice: each cell has
   * its top and left border, and only the last column and row add the right and bottom.
   */
  cell(shaded: boolean, lastColumn: boolean, lastRow: boolean): string {
    const name = `Cell${shaded ? "H" : ""}${lastColumn ? "R" : ""}${lastRow ? "B" : ""}`;
    if (!this.named.has(name)) {
      this.named.add(name);
      const line = "0.5pt solid #b1b4b6";
      const borders = [
        `fo:border-top="${line}"`,
        `fo:border-left="${line}"`,
        `fo:border-right="${lastColumn ? line : "none"}"`,
        `fo:border-bottom="${lastRow ? line : "none"}"`,
      ].join(" ");
      const fill = shaded ? ' fo:background-color="#f3f2f1"' : "";
      this.parts.push(
        `<style:style style:name="${name}" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" ${borders}${fill}/></style:style>`,
      );
    }
    return name;
  }

  xml(): string {
    return this.parts.join("");
  }
}

function renderBlocks(blocks: Block[], styles: AutomaticStyles): string {
  const out: string[] = [];
  let bullets: Paragraph[] = [];
  const flush = () => {
    if (bullets.length > 0) out.push(list(bullets, "Text_20_body", styles));
    bullets = [];
  };
  for (const [index, block] of blocks.entries()) {
    if (block.kind === "paragraph" && block.text.bullet) {
      bullets.push(block.text);
      continue;
    }
    flush();
    switch (block.kind) {
      case "title":
        out.push(...block.lines.map((line) => p("Title", line, styles)));
        break;
      case "heading":
        out.push(
          `<text:h text:style-name="Heading_20_${block.level}" text:outline-level="${block.level}">${spans(block.text.spans, styles)}</text:h>`,
        );
        break;
      case "paragraph":
        out.push(p(introducesTable(blocks, index) ? "Introduction" : "Text_20_body", block.text, styles));
        break;
      case "table":
        out.push(table(block, styles));
        break;
    }
  }
  flush();
  return out.join("");
}

function table(block: Extract<Block, { kind: "table" }>, styles: AutomaticStyles): string {
  const { name, columns } = styles.table(block);
  const row = (cells: Cell[], header: boolean, lastRow: boolean) =>
    `<table:table-row table:style-name="Row">${cells
      .map((cell, index) => {
        const shaded = header || (block.header === null && index === 0);
        const numeric = block.numeric?.[index] ?? false;
        const paragraphStyle = header ? (numeric ? "NumberHeading" : "Table_20_Heading") : numeric ? "NumberContents" : "Table_20_Contents";
        const cellStyle = styles.cell(shaded, index === cells.length - 1, lastRow);
        return `<table:table-cell table:style-name="${cellStyle}" office:value-type="string">${cellContent(cell, paragraphStyle, styles)}</table:table-cell>`;
      })
      .join("")}</table:table-row>`;
  return (
    `<table:table table:name="${name}" table:style-name="${name}">` +
    columns.map((column) => `<table:table-column table:style-name="${column}"/>`).join("") +
    (block.header ? `<table:table-header-rows>${row(block.header, true, block.rows.length === 0)}</table:table-header-rows>` : "") +
    block.rows.map((cells, index) => row(cells, false, index === block.rows.length - 1)).join("") +
    `</table:table>`
  );
}

function cellContent(cell: Cell, style: string, styles: AutomaticStyles): string {
  if (cell.length === 0) return `<text:p text:style-name="${style}"/>`;
  const out: string[] = [];
  let bullets: Paragraph[] = [];
  for (const paragraph of cell) {
    if (paragraph.bullet) {
      bullets.push(paragraph);
      continue;
    }
    if (bullets.length > 0) out.push(list(bullets, style, styles));
    bullets = [];
    out.push(p(style, paragraph, styles));
  }
  if (bullets.length > 0) out.push(list(bullets, style, styles));
  return out.join("");
}

function list(items: Paragraph[], style: string, styles: AutomaticStyles): string {
  return `<text:list text:style-name="Bullet">${items.map((item) => `<text:list-item>${p(style, item, styles)}</text:list-item>`).join("")}</text:list>`;
}

function p(style: string, paragraph: Paragraph, styles: AutomaticStyles): string {
  return `<text:p text:style-name="${style}">${spans(paragraph.spans, styles)}</text:p>`;
}

function spans(list: Span[], styles: AutomaticStyles): string {
  return list
    .map((span) => {
      const style = styles.text(span.lang, span.bold ?? false);
      const text = odfText(span.text);
      return style ? `<text:span text:style-name="${style}">${text}</text:span>` : text;
    })
    .join("");
}
