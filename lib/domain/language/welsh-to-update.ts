import { staleWelshFields, type FieldPair, type WelshSources } from "./welsh-sources";

/**
 * Every Welsh field of an assessment that needs the officer: written from English that has changed since (`stale`),
 * or not written although its English is (`missing`). Only assessments written in Welsh have any.
 */
export type WelshToUpdate = { criterionId: string | null; field: string; state: "stale" | "missing" };

type Part = { fields: Record<string, FieldPair>; sources: WelshSources | null };

export function welshToUpdate(assessment: Part & { languages: "en" | "cy" | "en+cy"; criteria: (Part & { id: string })[] }): WelshToUpdate[] {
  if (assessment.languages === "en") return [];
  const of = (criterionId: string | null, part: Part): WelshToUpdate[] => {
    const stale = new Set(staleWelshFields(part.fields, part.sources));
    return Object.entries(part.fields).flatMap(([field, pair]): WelshToUpdate[] => {
      if (stale.has(field)) return [{ criterionId, field, state: "stale" }];
      return pair.en.trim() && !pair.cy.trim() ? [{ criterionId, field, state: "missing" }] : [];
    });
  };
  return [...of(null, assessment), ...assessment.criteria.flatMap((criterion) => of(criterion.id, criterion))];
}
