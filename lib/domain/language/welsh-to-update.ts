import { bilingual, type Problem } from "../text";
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

const missingForPublication: Record<string, Problem> = {
  title: {
    code: "PUBLISH.WELSH_TITLE_MISSING",
    message: bilingual(
      "Enter the title in Welsh: this assessment is published in Welsh, so suppliers and the notice read its title in Welsh",
      "Rhowch y teitl yn Gymraeg: caiff yr asesiad hwn ei gyhoeddi yn Gymraeg, felly bydd cyflenwyr a'r hysbysiad yn darllen ei deitl yn Gymraeg",
    ),
  },
  description: {
    code: "PUBLISH.WELSH_DESCRIPTION_MISSING",
    message: bilingual(
      "Enter the description in Welsh: this assessment is published in Welsh, so suppliers and the notice read its description in Welsh",
      "Rhowch y disgrifiad yn Gymraeg: caiff yr asesiad hwn ei gyhoeddi yn Gymraeg, felly bydd cyflenwyr a'r hysbysiad yn darllen ei ddisgrifiad yn Gymraeg",
    ),
  },
};

/**
 * What stops an assessment written in Welsh from being published: its own title or description with no Welsh.
 * Criteria's Welsh and out-of-date Welsh are listed to the officer (welshToUpdate) but do not block.
 */
export function welshPublicationProblems(items: readonly WelshToUpdate[]): Problem[] {
  return items.flatMap((item) => (item.criterionId === null && item.state === "missing" && missingForPublication[item.field] ? [{ ...missingForPublication[item.field], path: [item.field] }] : []));
}
