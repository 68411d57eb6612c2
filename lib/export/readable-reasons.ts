import { withNames } from "@/lib/domain/text";
import type { Bilingual, ResultsExport } from "./model";

/**
 * Reasons come from the rules engine, which names a criterion by its id ("scores for br3.2020.modern-slavery
 * differ…"). A person reads the criterion's title instead: “Modern slavery compliance and assessment”.
 */
export function withCriterionTitles(data: ResultsExport): ResultsExport {
  if (data.criteria.length === 0) return data;
  const titles = (lang: keyof Bilingual) => new Map(data.criteria.map((c) => [c.id, `“${c.title[lang]}”`]));
  const en = titles("en");
  const cy = titles("cy");
  const readable = (reason: Bilingual): Bilingual => ({ en: withNames(reason.en, en), cy: withNames(reason.cy, cy) });
  const suppliers = <T extends { reasons: Bilingual[] }>(list: T[]): T[] => list.map((s) => ({ ...s, reasons: s.reasons.map(readable) }));
  return {
    ...data,
    excluded: suppliers(data.excluded),
    incomplete: suppliers(data.incomplete),
    summaries: data.summaries.map((s) => ({ ...s, perCriterion: suppliers(s.perCriterion) })),
  };
}
