import type { Scale } from "../case/case-schema";

/**
 * Maps a strength from 0 to 1 onto the assessment's own scale: the point nearest
 * low + strength × (high − low). On an exact tie the lower point wins, so a suggestion never
 * rounds a supplier up.
 */
export function nearestScalePoint(strength: number, scale: Scale): number {
  const values = scale.points.map((point) => point.value);
  const low = values[0];
  const high = values[values.length - 1];
  const target = low + Math.min(1, Math.max(0, strength)) * (high - low);
  let best = low;
  let bestDistance = Infinity;
  for (const value of values) {
    const distance = Math.abs(value - target);
    if (distance < bestDistance - 1e-9) {
      best = value;
      bestDistance = distance;
    }
  }
  return best;
}
