import type { Bilingual } from "./text";

/** One weight box of the what-if form: the criterion (by the engine's id), its field, its title and what was typed. */
export type WeightEntry = { criterionId: string; fieldId: string; title: Bilingual; typed: string | undefined };

export type WeightError = { fieldId: string; message: Bilingual };

/**
 * Reads the weights typed into the what-if form, before the rules engine sees them: each a whole number from 0 to
 * 100 (a box left empty keeps the criterion's weight), and together 100. Every message names the criterion by its
 * title, so what a person typed is never echoed back as NaN or 1e+308.
 */
export function readWhatIfWeights(entries: readonly WeightEntry[], current: Readonly<Record<string, number>>): { weights: Record<string, number> } | { errors: WeightError[] } {
  const errors: WeightError[] = [];
  const weights: Record<string, number> = {};
  for (const entry of entries) {
    const typed = (entry.typed ?? "").trim();
    if (typed === "") {
      weights[entry.criterionId] = current[entry.criterionId];
      continue;
    }
    if (!/^\d{1,3}$/.test(typed) || Number(typed) > 100) {
      errors.push({
        fieldId: entry.fieldId,
        message: { en: `Weight for ${entry.title.en} must be a whole number from 0 to 100`, cy: `Rhaid i’r pwysoliad ar gyfer ${entry.title.cy || entry.title.en} fod yn rhif cyfan o 0 i 100` },
      });
      continue;
    }
    weights[entry.criterionId] = Number(typed);
  }
  if (errors.length > 0) return { errors };
  const total = Object.values(weights).reduce((sum, weight) => sum + weight, 0);
  if (total !== 100 && entries.length > 0) {
    return { errors: [{ fieldId: entries[0].fieldId, message: { en: `The weights must total 100; they total ${total}`, cy: `Rhaid i’r pwysoliadau fod yn 100 i gyd; ${total} yw’r cyfanswm` } }] };
  }
  return { weights };
}
