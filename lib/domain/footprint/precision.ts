import { compare, div, exact, mul, round, toNumber, ZERO, type Exact } from "../exact";

/** A figure as it is shown: the value, rounded once from the exact figure, and how many decimals to print. */
export type ShownFigure = { readonly value: number; readonly fractionDigits: number };

const tenToThe = (power: number): Exact => exact(Number(`1e${power}`));

/** The power of ten of the leading digit: 0 for 4.2, 2 for 420, −3 for 0.0042. Worked exactly, not with log10. */
function leadingPower(value: Exact): number {
  let power = Math.floor(Math.log10(toNumber(value)));
  while (compare(value, tenToThe(power)) < 0) power--;
  while (compare(value, tenToThe(power + 1)) >= 0) power++;
  return power;
}

/** Rounded half up to `figures` significant figures (a non-negative value). */
export function significantFigures(value: Exact, figures: number): ShownFigure {
  if (compare(value, ZERO) <= 0) return { value: 0, fractionDigits: 0 };
  const decimals = figures - 1 - leadingPower(value);
  if (decimals >= 0) return { value: round(value, decimals), fractionDigits: decimals };
  // Fewer figures than whole digits: round in units of 10, 100…, then scale back (exactly: whole numbers).
  const unit = tenToThe(-decimals);
  return { value: toNumber(mul(exact(round(div(value, unit), 0)), unit)), fractionDigits: 0 };
}

/**
 * How precisely a footprint is shown. An estimate from declared usage and average factors is not good to the
 * kilogram: tonnes to three significant figures (0.231 t, 49.2 t), and from 100 t to a tenth of a tonne
 * (1,234.6 t) so that large services still show a change of 100 kg; kilograms per functional unit to three
 * significant figures (0.0123 kg). The arithmetic underneath stays exact; this rounds once, for showing.
 */
export function shownTonnes(tonnes: Exact): ShownFigure {
  if (compare(tonnes, exact(100)) >= 0) return { value: round(tonnes, 1), fractionDigits: 1 };
  return significantFigures(tonnes, 3);
}

export function shownKgPerUnit(kg: Exact): ShownFigure {
  return significantFigures(kg, 3);
}
