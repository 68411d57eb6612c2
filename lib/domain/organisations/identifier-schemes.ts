import type { Bilingual } from "../text";

/**
 * Registers an organisation may be identified in, from org-id.guide (https://org-id.guide), with the shape of an
 * identifier in each so that a mistyped one is caught when it is entered. OCDS names a buyer by `scheme` + `id`.
 */
export type IdentifierScheme = { code: string; name: Bilingual; pattern: RegExp; example: string };

export const identifierSchemes = [
  { code: "GB-PPON", name: { en: "Public Procurement Organisation Number (Central Digital Platform)", cy: "Rhif Sefydliad Caffael Cyhoeddus (y Platfform Digidol Canolog)" }, pattern: /^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/, example: "PDTW-4821-XQLM" },
  { code: "GB-GOV", name: { en: "UK government departments and public bodies", cy: "Adrannau a chyrff cyhoeddus llywodraeth y DU" }, pattern: /^[A-Z]{1,3}[0-9]{1,4}$/, example: "EA46" },
  { code: "GB-PLA", name: { en: "Principal local authorities in Wales", cy: "Prif awdurdodau lleol yng Nghymru" }, pattern: /^[A-Z]{3}$/, example: "CRF" },
  { code: "GB-LAE", name: { en: "Local authorities in England", cy: "Awdurdodau lleol yn Lloegr" }, pattern: /^[A-Z]{3,4}$/, example: "BIR" },
  { code: "GB-LAS", name: { en: "Local authorities in Scotland", cy: "Awdurdodau lleol yn yr Alban" }, pattern: /^[A-Z]{3,4}$/, example: "EDH" },
  { code: "GB-LANI", name: { en: "Local authorities in Northern Ireland", cy: "Awdurdodau lleol yng Ngogledd Iwerddon" }, pattern: /^[A-Z]{3,4}$/, example: "BFS" },
  { code: "GB-NHS", name: { en: "NHS organisations (ODS code)", cy: "Sefydliadau’r GIG (cod ODS)" }, pattern: /^[A-Z0-9]{3,6}$/, example: "7A4" },
  { code: "GB-COH", name: { en: "Companies House", cy: "Tŷ’r Cwmnïau" }, pattern: /^(?:[0-9]{8}|[A-Z]{2}[0-9]{6})$/, example: "01234567" },
  { code: "GB-CHC", name: { en: "Charity Commission for England and Wales", cy: "Comisiwn Elusennau Cymru a Lloegr" }, pattern: /^[0-9]{6,7}$/, example: "1123456" },
  { code: "GB-SC", name: { en: "Scottish Charity Regulator (OSCR)", cy: "Rheoleiddiwr Elusennau’r Alban (OSCR)" }, pattern: /^SC[0-9]{6}$/, example: "SC012345" },
  { code: "GB-NIC", name: { en: "Charity Commission for Northern Ireland", cy: "Comisiwn Elusennau Gogledd Iwerddon" }, pattern: /^[0-9]{5,6}$/, example: "100123" },
  { code: "GB-UKPRN", name: { en: "UK Register of Learning Providers", cy: "Cofrestr Darparwyr Dysgu’r DU" }, pattern: /^1[0-9]{7}$/, example: "10001234" },
] as const satisfies readonly IdentifierScheme[];

export type IdentifierSchemeCode = (typeof identifierSchemes)[number]["code"];
export const identifierSchemeCodes = identifierSchemes.map((scheme) => scheme.code) as [IdentifierSchemeCode, ...IdentifierSchemeCode[]];

/** The identifier as registers print it: capitals, no spaces. */
export function normaliseIdentifier(id: string): string {
  return id.replace(/\s+/g, "").toUpperCase();
}

/** Whether `id` (normalised) has the shape identifiers take in `scheme`. */
export function identifierFits(scheme: IdentifierSchemeCode, id: string): boolean {
  const found = identifierSchemes.find((candidate) => candidate.code === scheme);
  return Boolean(found && found.pattern.test(normaliseIdentifier(id)));
}
