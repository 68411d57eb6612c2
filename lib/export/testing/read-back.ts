import { strFromU8, unzipSync } from "fflate";
import type { Language, ResultsExport, TenderCriteriaExport } from "../model";

/** Independent readers for the tests: they share no code with the writers. */

export function unzip(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
export function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, name: string) =>
    name.startsWith("#x") ? String.fromCodePoint(parseInt(name.slice(2), 16)) : name.startsWith("#") ? String.fromCodePoint(Number(name.slice(1))) : ENTITIES[name],
  );
}

/** The text of each paragraph of a WordprocessingML document, runs joined. */
export function docxParagraphs(documentXml: string): string[] {
  return [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((m) => (m[0] === "<w:br/>" ? "\n" : unescapeXml(m[1]))).join(""),
  );
}

/** The text of each paragraph and heading of an OpenDocument text's content.xml. */
export function odtParagraphs(contentXml: string): string[] {
  return [...contentXml.matchAll(/<text:(p|h)(?: [^>]*)?(?:\/>|>([\s\S]*?)<\/text:\1>)/g)].map((m) =>
    unescapeXml(
      (m[2] ?? "")
        .replace(/<text:s text:c="(\d+)"\/>/g, (_, n: string) => " ".repeat(Number(n)))
        .replace(/<text:s\/>/g, " ")
        .replace(/<text:tab\/>/g, "\t")
        .replace(/<text:line-break\/>/g, "\n")
        .replace(/<[^>]+>/g, ""),
    ),
  );
}

/**
 * A small well-formedness check: every tag closed in order, attributes quoted, no stray "<" or "&".
 * Enough to catch a writer that forgets to escape or to close an element.
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, "");
  const token = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  for (const m of body.matchAll(token)) {
    const [, closing, name, , selfClosing, text, stray] = m;
    if (stray) problems.push(`stray "<" at ${m.index}`);
    else if (text !== undefined) {
      if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(text)) problems.push(`unescaped "&" at ${m.index}`);
    } else if (closing) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open}> at ${m.index}`);
    } else if (!selfClosing) stack.push(name);
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(" > ")}`);
  return problems;
}

/** The first local file header of a zip: its name, compression method and stored bytes. */
export function firstZipEntry(bytes: Uint8Array): { name: string; method: number; extraLength: number; content: string } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== 0x04034b50) throw new Error("not a zip");
  const method = view.getUint16(8, true);
  const size = view.getUint32(18, true);
  const nameLength = view.getUint16(26, true);
  const extraLength = view.getUint16(28, true);
  const name = strFromU8(bytes.subarray(30, 30 + nameLength));
  const start = 30 + nameLength + extraLength;
  return { name, method, extraLength, content: strFromU8(bytes.subarray(start, start + size)) };
}

/** RFC 4180 parser: quoted fields with doubled quotes, commas and line breaks inside quotes, CRLF records. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    record.push(field);
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === "") {
      quoted = true;
    } else if (ch === ",") {
      endField();
    } else if (ch === "\r" && text[i + 1] === "\n") {
      endField();
      records.push(record);
      record = [];
      i++;
    } else if (ch === '"' || ch === "\n" || ch === "\r") {
      throw new Error(`unexpected ${JSON.stringify(ch)} outside quotes at ${i}`);
    } else field += ch;
  }
  if (quoted) throw new Error("unterminated quoted field");
  if (field !== "" || record.length > 0) {
    endField();
    records.push(record);
  }
  return records;
}

/** The fixtures in other languages. */
export function inLanguages<T extends TenderCriteriaExport | ResultsExport>(data: T, languages: Language[]): T {
  return { ...data, assessment: { ...data.assessment, languages } };
}

/** Collapses white space, as text wrapped in a table cell or a PDF comes back. */
export function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
