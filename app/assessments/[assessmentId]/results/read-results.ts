import "server-only";
import { getLocale } from "next-intl/server";
import type { ResultsCriterion } from "@/components/results/CriteriaMatrix";
import { withNames } from "@/lib/domain/text";
import { toLocale, type Locale } from "@/lib/i18n/locales";
import { assessmentReaders } from "@/lib/server/assessments/access";
import { getResults, getResultsOverview, type ResultsOverviewOutcome } from "@/lib/server/assessments/get-results";
import { engineCriterionId } from "@/lib/server/assessments/to-assessment-config";
import { requireActor } from "@/lib/server/auth/actor";
import { pageNotFound } from "@/lib/server/page-not-found";

/** Ready results, full or only their overview: what the pages' vocabulary needs of either. */
export type ReadyResults = Extract<ResultsOverviewOutcome, { kind: "results" }>;

/** The results an officer or admin of the owning organisation may read, for one of the results pages; 404 otherwise. */
export async function readResults(assessmentId: string, path: string) {
  const actor = await requireActor({ roles: assessmentReaders, returnTo: path });
  const results = await getResults(actor, assessmentId);
  if (results.kind === "not-found") pageNotFound();
  return { actor, results, locale: toLocale(await getLocale()) };
}

/** `readResults` without each supplier's scores by criterion and evidence: for the ranking and what-if weights. */
export async function readResultsOverview(assessmentId: string, path: string) {
  const actor = await requireActor({ roles: assessmentReaders, returnTo: path });
  const results = await getResultsOverview(actor, assessmentId);
  if (results.kind === "not-found") pageNotFound();
  return { actor, results, locale: toLocale(await getLocale()) };
}

/** How the results pages name things: criteria by their titles, suppliers in the page's language, evaluators by name. */
export function resultsVocabulary(results: ReadyResults, locale: Locale) {
  const criteria: ResultsCriterion[] = results.assessment.criteria.map((c) => ({
    id: c.id,
    engineId: engineCriterionId(c),
    rule: c.rule,
    title: c.title[locale] || c.title.en,
    bilingualTitle: c.title,
    weight: c.weight,
  }));
  // A supplier is named in the page's language: "Cwmwl Glas Cyf" on Welsh pages.
  const names = new Map(results.outcome.result.suppliers.map((s) => [s.supplierId, results.supplierNames[s.supplierId]?.[locale] ?? s.name]));
  // The engine's messages name criteria, evaluators and suppliers by id: a person reads titles and names.
  const readableNames = new Map<string, string>([
    ...criteria.map((c): [string, string] => [c.engineId, `“${c.title}”`]),
    ...Object.entries(results.evaluatorNames),
    ...names,
  ]);
  return { criteria, names, readable: (text: string) => withNames(text, readableNames) };
}

/** Query values as the page's address gives them: text, or nothing for a repeated or missing one. */
export function queryText(query: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const value = query[name];
  return typeof value === "string" ? value : undefined;
}
