import type { ScalePoint } from "@/lib/domain/assessment-setup/scales";
import type { Bilingual } from "@/lib/domain/text";
import type { Locale } from "@/lib/i18n/locales";

/** The scale's points as radio options, worded by the criterion's own descriptors where it has them. */
export function scaleOptions(scale: ScalePoint[], descriptors: Record<string, Bilingual>, locale: Locale) {
  return scale.map((point) => {
    const descriptor = descriptors[String(point.value)] ?? point.descriptor;
    return { value: String(point.value), text: `${point.value}: ${descriptor[locale] || descriptor.en}` };
  });
}
