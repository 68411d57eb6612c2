import type { Bilingual, ResultsExport } from "./model";

/**
 * Reasons come from the rules engine, which names a criterion by its id ("scores for br3.2020.modern-slavery
 * differ…"). A person reads the criterion's title instead: “Modern slavery compliance and assessment”.
 */
export function withCriterionTitles(data: ResultsExport): ResultsExport {
  const criteria = [...data.criteria].sort((a, b) => b.id.length - a.id.length);
  if (criteria.length === 0) return data;
  const pattern = new RegExp(`(?<![\\w.-])(${criteria.map((c) => escapeRegExp(c.id)).join("|")})(?![\\w-]|\\.\\w)`, "g");
  const titles = new Map(criteria.map((c) => [c.id, c.title]));
  const readable = (reason: Bilingual): Bilingual => ({
    en: reason.en.replace(pattern, (id) => `“${titles.get(id)?.en ?? id}”`),
    cy: reason.cy.replace(pattern, (id) => `“${titles.get(id)?.cy ?? id}”`),
  });
  const suppliers = <T extends { reasons: Bilingual[] }>(list: T[]): T[] => list.map((s) => ({ ...s, reasons: s.reasons.map(readable) }));
  return {
    ...data,
    excluded: suppliers(data.excluded),
    incomplete: suppliers(data.incomplete),
    summaries: data.summaries.map((s) => ({ ...s, perCriterion: suppliers(s.perCriterion) })),
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
