/**
 * Welsh names of public bodies mutate after prepositions like any noun: "gan Gyngor Sir Caerwen" (soft, after gan,
 * i, am, o), "â Chyngor Sir Caerwen" (aspirate, after â). Only names that begin with a Welsh noun for a public body
 * are mutated; company names and English names are left as written ("gan Greenbyte Hosting Ltd").
 */
const publicBodyNouns = /^(Cyngor|Bwrdd|Prifysgol|Coleg|Llywodraeth|Comisiwn|Canolfan|Gwasanaeth|Gwasanaethau|Parc|Cymdeithas|Partneriaeth|Ymddiriedolaeth|Awdurdod|Heddlu|Swyddfa|Trafnidiaeth|Cyfoeth|Tŷ|Pwyllgor|Panel|Corff|Cyd-bwyllgor|Bwrdd Iechyd)\b/;

const softMutations: [string, string][] = [["Ll", "L"], ["Rh", "R"], ["C", "G"], ["P", "B"], ["T", "D"], ["B", "F"], ["D", "Dd"], ["M", "F"], ["G", ""]];
const aspirateMutations: [string, string][] = [["C", "Ch"], ["P", "Ph"], ["T", "Th"]];

function mutate(name: string, table: [string, string][]): string {
  if (!publicBodyNouns.test(name)) return name;
  for (const [from, to] of table) {
    if (!name.startsWith(from)) continue;
    const rest = name.slice(from.length);
    // "Gwasanaeth" loses its G: "Wasanaeth".
    return to === "" ? rest.charAt(0).toUpperCase() + rest.slice(1) : to + rest;
  }
  return name;
}

/** After gan, i, am, o, dros, drwy, wrth, at, heb, dan, hyd: "i Gyngor Sir Caerwen". */
export function softMutated(name: string): string {
  return mutate(name, softMutations);
}

/** After â (with), a (and), tua, gyda: "â Chyngor Sir Caerwen". */
export function aspirateMutated(name: string): string {
  return mutate(name, aspirateMutations);
}
