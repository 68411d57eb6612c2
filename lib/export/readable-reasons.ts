import { withNames } from "@/lib/domain/text";
import type { Bilingual, ResultsExport } from "./model";

/**
 * Reasons come from the rules engine, which names a criterion by its id ("scores for br3.2020.modern-slavery
 * differ…") and an evaluator by theirs. A person reads the criterion's title instead, “Modern slavery compliance
 * and assessment”, and the evaluator's name (`evaluatorNames`, by user id).
 */
export function withCriterionTitles(data: ResultsExport, evaluatorNames: Readonly<Record<string, string>> = {}): ResultsExport {
  if (data.criteria.length === 0 && Object.keys(evaluatorNames).length === 0) return data;
  const titles = (lang: keyof Bilingual) => new Map([...data.criteria.map((c): [string, string] => [c.id, `“${c.title[lang]}”`]), ...Object.entries(evaluatorNames)]);
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
