import { bilingual as b, type Bilingual } from "../text";

// The evaluation scales a buyer starts from; each point has a descriptor in both languages. Buyers may reword them.

export type ScalePoint = { value: number; descriptor: Bilingual };
export const scalePresetIds = ["0-4", "0-5", "0-100"] as const;
export type ScalePresetId = (typeof scalePresetIds)[number];

const unacceptable = b("Unacceptable: no response, or the response does not meet the requirement.", "Annerbyniol: dim ymateb, neu nid yw’r ymateb yn bodloni’r gofyniad.");
const poor = b("Poor: the response meets few of the requirements, with little evidence.", "Gwael: mae’r ymateb yn bodloni ychydig o’r gofynion, gydag ychydig o dystiolaeth.");
const acceptable = b("Acceptable: the response meets the requirement, with some evidence.", "Derbyniol: mae’r ymateb yn bodloni’r gofyniad, gyda rhywfaint o dystiolaeth.");
const good = b("Good: the response meets the requirement fully, with clear evidence.", "Da: mae’r ymateb yn bodloni’r gofyniad yn llawn, gyda thystiolaeth glir.");
const excellent = b("Excellent: the response exceeds the requirement, with strong, independent evidence.", "Rhagorol: mae’r ymateb yn rhagori ar y gofyniad, gyda thystiolaeth gref ac annibynnol.");
const veryPoor = b("Very poor: the response barely addresses the requirement.", "Gwael iawn: prin fod yr ymateb yn mynd i’r afael â’r gofyniad.");

export const scalePresets: Record<ScalePresetId, { label: Bilingual; points: ScalePoint[] }> = {
  "0-4": {
    label: b("0 to 4", "0 i 4"),
    points: [unacceptable, poor, acceptable, good, excellent].map((descriptor, value) => ({ value, descriptor })),
  },
  "0-5": {
    label: b("0 to 5", "0 i 5"),
    points: [unacceptable, veryPoor, poor, acceptable, good, excellent].map((descriptor, value) => ({ value, descriptor })),
  },
  "0-100": {
    label: b("0, 20, 40, 60, 80 or 100", "0, 20, 40, 60, 80 neu 100"),
    points: [unacceptable, veryPoor, poor, acceptable, good, excellent].map((descriptor, index) => ({ value: index * 20, descriptor })),
  },
};

/** Which preset a stored scale matches, if any (for showing the choice again). */
export function presetOf(points: readonly ScalePoint[]): ScalePresetId | null {
  const values = points.map((point) => point.value).join(",");
  return scalePresetIds.find((id) => scalePresets[id].points.map((point) => point.value).join(",") === values) ?? null;
}

/** Whether a score (a minimum score, say) lies between the scale's lowest and highest points. */
export function isWithinScale(points: readonly ScalePoint[], value: number): boolean {
  const values = points.map((point) => point.value);
  return values.length > 0 && value >= Math.min(...values) && value <= Math.max(...values);
}
