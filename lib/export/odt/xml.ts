import { cleanText } from "../format";

/** Escapes text for XML content and attribute values, dropping characters XML 1.0 cannot hold. */
export function escapeXml(text: string): string {
  return cleanText(text).replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/**
 * Text for a text:p or text:span. ODF collapses runs of spaces and ignores tabs and newlines in the
 * character data, so they are written as text:s, text:tab and text:line-break.
 */
export function odfText(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) =>
      line
        .split("\t")
        .map((part) =>
          escapeXml(part)
            .replace(/^ /, "<text:s/>")
            .replace(/ {2,}/g, (spaces) => ` <text:s text:c="${spaces.length - 1}"/>`),
        )
        .join("<text:tab/>"),
    )
    .join("<text:line-break/>");
}

export const NAMESPACES = {
  office: "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
  style: "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
  text: "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
  table: "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
  fo: "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
  svg: "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
  meta: "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
  dc: "http://purl.org/dc/elements/1.1/",
} as const;

export function xmlns(...prefixes: (keyof typeof NAMESPACES)[]): string {
  return prefixes.map((prefix) => `xmlns:${prefix}="${NAMESPACES[prefix]}"`).join(" ");
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
