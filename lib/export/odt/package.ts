import { strToU8, zipSync, type Zippable } from "fflate";
import { languageTags } from "../format";
import type { Language } from "../model";
import type { FooterPart, Paragraph } from "../document/blocks";
import { TABLE_FONT_PT } from "../document/column-widths";
import { TEXT_WIDTH_CM } from "../document/page";
import { escapeXml, odfText, xmlns, XML_DECLARATION } from "./xml";

/** The parts of an OpenDocument text around content.xml: styles, metadata, manifest, and the zip itself. */

export const MIMETYPE = "application/vnd.oasis.opendocument.text";
const ODF_VERSION = "1.3";
/** A4 with 2 cm margins. */
export function textWidthCm(orientation: "portrait" | "landscape"): number {
  return TEXT_WIDTH_CM[orientation];
}

/** The running header and the page footer, on the master page; a span in another language is marked as such. */
function headerFooter(page: { header: Paragraph; footer: FooterPart[] }): { styles: string; header: string; footer: string } {
  const used = new Set<Language>();
  const span = (text: string, lang?: Language) => {
    if (!lang) return odfText(text);
    used.add(lang);
    return `<text:span text:style-name="HF${lang}">${odfText(text)}</text:span>`;
  };
  const header = page.header.spans.map((s) => span(s.text, s.lang)).join("");
  const footer = page.footer
    .map((part) => ("field" in part ? (part.field === "page-number" ? `<text:page-number text:select-page="current"/>` : `<text:page-count/>`) : span(part.text, part.lang)))
    .join("");
  const styles = [...used]
    .map((lang) => `<style:style style:name="HF${lang}" style:family="text"><style:text-properties fo:language="${languageTags[lang].language}" fo:country="${languageTags[lang].country}"/></style:style>`)
    .join("");
  return { styles, header: `<text:p text:style-name="Header">${header}</text:p>`, footer: `<text:p text:style-name="Footer">${footer}</text:p>` };
}

export function stylesXml(language: Language, orientation: "portrait" | "landscape", page: { header: Paragraph; footer: FooterPart[] }): string {
  const running = headerFooter(page);
  const [width, height] = orientation === "landscape" ? ["29.7cm", "21cm"] : ["21cm", "29.7cm"];
  const { language: lang, country } = languageTags[language];
  const paragraph = (name: string, display: string, parent: string, props: string, text = "", extra = "") =>
    `<style:style style:name="${name}" style:display-name="${display}" style:family="paragraph" style:parent-style-name="${parent}" ${extra}>` +
    `<style:paragraph-properties ${props}/>${text ? `<style:text-properties ${text}/>` : ""}</style:style>`;
  return (
    XML_DECLARATION +
    `<office:document-styles ${xmlns("office", "style", "text", "table", "fo", "svg")} office:version="${ODF_VERSION}">` +
    `<office:font-face-decls><style:font-face style:name="Arial" svg:font-family="Arial" style:font-family-generic="swiss" style:font-pitch="variable"/></office:font-face-decls>` +
    `<office:styles>` +
    `<style:default-style style:family="paragraph"><style:paragraph-properties style:writing-mode="lr-tb"/>` +
    `<style:text-properties style:font-name="Arial" fo:font-size="11pt" fo:language="${lang}" fo:country="${country}" fo:hyphenate="false"/></style:default-style>` +
    `<style:style style:name="Standard" style:family="paragraph" style:class="text"/>` +
    paragraph("Text_20_body", "Text body", "Standard", 'fo:margin-top="0cm" fo:margin-bottom="0.21cm" fo:line-height="115%"', "", 'style:class="text"') +
    paragraph("Heading", "Heading", "Standard", 'fo:margin-top="0.5cm" fo:margin-bottom="0.25cm" fo:keep-with-next="always"', 'fo:font-weight="bold" fo:color="#0b0c0c"', 'style:next-style-name="Text_20_body" style:class="text"') +
    paragraph("Title", "Title", "Heading", 'fo:margin-top="0cm" fo:margin-bottom="0.4cm"', 'fo:font-size="20pt" fo:font-weight="bold"', 'style:class="chapter"') +
    paragraph("Heading_20_1", "Heading 1", "Heading", 'fo:margin-top="0.64cm"', 'fo:font-size="16pt" fo:font-weight="bold"', 'style:default-outline-level="1" style:class="text"') +
    paragraph("Heading_20_2", "Heading 2", "Heading", 'fo:margin-top="0.5cm"', 'fo:font-size="13pt" fo:font-weight="bold"', 'style:default-outline-level="2" style:class="text"') +
    paragraph("Heading_20_3", "Heading 3", "Heading", 'fo:margin-top="0.35cm" fo:margin-bottom="0.15cm"', 'fo:font-size="11pt" fo:font-weight="bold"', 'style:default-outline-level="3" style:class="text"') +
    paragraph("Table_20_Contents", "Table Contents", "Standard", 'fo:margin-top="0cm" fo:margin-bottom="0.07cm"', `fo:font-size="${TABLE_FONT_PT}pt"`, 'style:class="extra"') +
    paragraph("Header", "Header", "Standard", 'fo:margin-top="0cm" fo:margin-bottom="0cm" fo:padding-bottom="0.1cm" fo:border-bottom="0.5pt solid #b1b4b6"', 'fo:font-size="9pt" fo:color="#505a5f"', 'style:class="extra"') +
    paragraph("Footer", "Footer", "Standard", 'fo:margin-top="0cm" fo:margin-bottom="0cm" fo:text-align="end"', 'fo:font-size="9pt"', 'style:class="extra"') +
    paragraph("Table_20_Heading", "Table Heading", "Table_20_Contents", "", 'fo:font-weight="bold"', 'style:class="extra"') +
    `<text:list-style style:name="Bullet" style:display-name="Bullet">` +
    `<text:list-level-style-bullet text:level="1" text:bullet-char="•">` +
    `<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">` +
    `<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.5cm" fo:text-indent="-0.5cm" fo:margin-left="0.5cm"/>` +
    `</style:list-level-properties></text:list-level-style-bullet></text:list-style>` +
    `</office:styles>` +
    // The header and footer sit in the top and bottom 2 cm margins, as in the Word document.
    `<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="${width}" fo:page-height="${height}" style:print-orientation="${orientation}" fo:margin-top="1cm" fo:margin-bottom="1cm" fo:margin-left="2cm" fo:margin-right="2cm"/>` +
    `<style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm" style:dynamic-spacing="false"/></style:header-style>` +
    `<style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm" style:dynamic-spacing="false"/></style:footer-style>` +
    `</style:page-layout>${running.styles}</office:automatic-styles>` +
    `<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"><style:header>${running.header}</style:header><style:footer>${running.footer}</style:footer></style:master-page></office:master-styles>` +
    `</office:document-styles>`
  );
}

export function metaXml(meta: { title: string; subject: string; author: string; language: Language; created: string }): string {
  const created = escapeXml(meta.created);
  return (
    XML_DECLARATION +
    `<office:document-meta ${xmlns("office", "meta", "dc")} office:version="${ODF_VERSION}"><office:meta>` +
    `<meta:generator>sustainable-ict-assessment</meta:generator>` +
    `<dc:title>${escapeXml(meta.title)}</dc:title>` +
    `<dc:subject>${escapeXml(meta.subject)}</dc:subject>` +
    `<meta:initial-creator>${escapeXml(meta.author)}</meta:initial-creator>` +
    `<dc:creator>${escapeXml(meta.author)}</dc:creator>` +
    `<dc:language>${languageTags[meta.language].tag}</dc:language>` +
    `<meta:creation-date>${created}</meta:creation-date><dc:date>${created}</dc:date>` +
    `</office:meta></office:document-meta>`
  );
}

export function manifestXml(): string {
  const entry = (path: string, type: string) => `<manifest:file-entry manifest:full-path="${path}" manifest:media-type="${type}"/>`;
  return (
    XML_DECLARATION +
    `<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="${ODF_VERSION}">` +
    `<manifest:file-entry manifest:full-path="/" manifest:version="${ODF_VERSION}" manifest:media-type="${MIMETYPE}"/>` +
    entry("content.xml", "text/xml") +
    entry("styles.xml", "text/xml") +
    entry("meta.xml", "text/xml") +
    `</manifest:manifest>`
  );
}

/**
 * The zip: `mimetype` first and stored, so tools can tell the file type from its first bytes,
 * then the XML parts compressed.
 */
export function zipOdt(parts: { content: string; styles: string; meta: string }, modified: string): Uint8Array {
  const date = new Date(modified);
  const mtime = Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1980 ? new Date(Date.UTC(1980, 0, 1)) : date;
  const files: Zippable = {
    mimetype: [strToU8(MIMETYPE), { level: 0 }],
    "content.xml": [strToU8(parts.content), { level: 6 }],
    "styles.xml": [strToU8(parts.styles), { level: 6 }],
    "meta.xml": [strToU8(parts.meta), { level: 6 }],
    "META-INF/manifest.xml": [strToU8(manifestXml()), { level: 6 }],
  };
  return zipSync(files, { mtime });
}
