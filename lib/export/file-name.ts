import { bilingualFileSuffix, fileKinds, languageNames } from "./labels";
import type { Language } from "./model";

export type ExportKind = keyof typeof fileKinds;

/**
 * A file name that says what the file is, in the export's first language, safe on every file system and
 * in a Content-Disposition header: "DT-2026-014 tender criteria (English).docx",
 * "DT-2026-014 meini prawf tendro (Cymraeg a Saesneg).odt",
 * "DT-2026-014 assessment summary - Severn Data Services Ltd (English).pdf".
 */
export function exportFileName(input: {
  kind: ExportKind;
  reference: string;
  languages: readonly Language[];
  extension: string;
  supplierName?: string;
}): string {
  const lang = input.languages[0] ?? "en";
  const languages = input.languages.length > 1 ? bilingualFileSuffix[lang] : languageNames[lang][lang];
  const supplier = input.kind === "summary" && input.supplierName ? ` - ${safePart(input.supplierName)}` : "";
  const reference = safePart(input.reference) || "export";
  // Long names are cut in the supplier's name, never in what the file is.
  const head = `${reference} ${fileKinds[input.kind][lang]}`;
  const tail = ` (${languages})`;
  const base = (head + supplier).slice(0, MAX_BASE - tail.length).replace(/[\s.-]+$/, "") + tail;
  const extension = input.extension.toLowerCase().replace(/[^a-z0-9]/g, "");
  return extension ? `${base}.${extension}` : base;
}

const MAX_BASE = 150;

/** ASCII only: accents dropped (Môn → Mon, ŵ → w), separators made hyphens, anything else risky removed. */
function safePart(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[‘’ʼ]/g, "'")
    .replace(/[–—/\\:|]/g, "-")
    .replace(/[^A-Za-z0-9 ._()&+'-]/g, "")
    .replace(/\s+/g, " ")
    .replace(/^[\s.'-]+|[\s.]+$/g, "");
}
