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

/**
 * What stops an assessment written in Welsh from being published: any Welsh missing beside its English, or written
 * before its English changed (rewrite it, or confirm it still says the same). Suppliers, notices and documents read
 * the Welsh, and after publishing it can no longer be changed. The fields themselves are listed by welshToUpdate.
 */
export function welshPublicationProblems(items: readonly WelshToUpdate[]): Problem[] {
  if (items.length === 0) return [];
  return [
    {
      code: "PUBLISH.WELSH_TO_UPDATE",
      message: bilingual(
        "Update the Welsh listed under “Welsh to update”: this assessment is published in Welsh, so suppliers and its documents read it in Welsh, and it cannot be changed after publishing",
        "Diweddarwch y Gymraeg a restrir o dan “Cymraeg i’w diweddaru”: caiff yr asesiad hwn ei gyhoeddi yn Gymraeg, felly bydd cyflenwyr a’i ddogfennau’n ei darllen yn Gymraeg, ac ni ellir ei newid ar ôl cyhoeddi",
      ),
      params: { fields: items.length },
    },
  ];
}
