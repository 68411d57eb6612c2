import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/govuk/Button";
import { ErrorSummary } from "@/components/govuk/ErrorSummary";
import { Input } from "@/components/govuk/Input";
import { Table } from "@/components/govuk/Table";
import type { ResultsCriterion } from "@/components/results/CriteriaMatrix";
import { ResultsHeader, ResultsNotReady } from "@/components/results/ResultsHeader";
import { whatIf } from "@/lib/domain/what-if";
import { readWhatIfWeights } from "@/lib/domain/what-if-weights";
import { getAssessment } from "@/lib/server/assessments/get-assessment";
import { engineCriterionId } from "@/lib/server/assessments/to-assessment-config";
import { getActor } from "@/lib/server/auth/actor";
import { queryText, readResultsOverview, resultsVocabulary } from "../read-results";

type Props = { params: Promise<{ assessmentId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

type Query = Record<string, string | string[] | undefined>;

/** The weights typed into the form (a plain GET form, so the address holds them), read as the engine takes them. */
function readTyped(criteria: Pick<ResultsCriterion, "id" | "engineId" | "bilingualTitle" | "weight">[], query: Query) {
  const typed = (c: { id: string }) => queryText(query, `w-${c.id}`);
  if (!criteria.some((c) => typed(c) !== undefined)) return { typed, read: null };
  const read = readWhatIfWeights(
    criteria.map((c) => ({ criterionId: c.engineId, fieldId: `w-${c.id}`, title: c.bilingualTitle, typed: typed(c) })),
    Object.fromEntries(criteria.map((c) => [c.engineId, c.weight])),
  );
  return { typed, read };
}

/** "Error: " in front of the title when the weights were refused (a GET form, so no action says so). */
export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const title = (await getTranslations("results"))("whatIf.heading");
  const actor = await getActor();
  const assessment = actor ? await getAssessment(actor, (await params).assessmentId) : null;
  if (!assessment) return { title };
  const criteria = assessment.criteria.map((c) => ({ id: c.id, engineId: engineCriterionId(c), bilingualTitle: c.title, weight: c.weight }));
  const { read } = readTyped(criteria, await searchParams);
  return { title: read && "errors" in read ? `${(await getTranslations("common"))("errorPrefix")} ${title}` : title };
}

/** Other weights tried on the agreed scores: the ranking they would give. Nothing is saved. */
export default async function WhatIfPage({ params, searchParams }: Props) {
  const { assessmentId } = await params;
  const { results, locale } = await readResultsOverview(assessmentId, `/assessments/${assessmentId}/results/what-if`);
  const t = await getTranslations("results");
  const tc = await getTranslations("common");
  const { assessment } = results;
  const backHref = `/assessments/${assessment.id}/results`;
  if (results.kind !== "results") {
    return <ResultsNotReady results={results} locale={locale} header={<ResultsHeader assessment={assessment} locale={locale} heading={t("whatIf.heading")} backHref={backHref} />} />;
  }
  const { criteria, names } = resultsVocabulary(results, locale);
  const { typed, read } = readTyped(criteria, await searchParams);
  const weightErrors = read && "errors" in read ? read.errors : [];
  const scenario = read && "weights" in read ? whatIf(await results.scoring(), read.weights) : null;
  return (
    <>
      <ResultsHeader assessment={assessment} locale={locale} heading={t("whatIf.heading")} backHref={backHref}>
        {weightErrors.length > 0 && <ErrorSummary title={tc("errorSummaryTitle")} errors={Object.fromEntries(weightErrors.map((error) => [error.fieldId, error.message[locale]]))} />}
        {scenario && !scenario.ok && <ErrorSummary title={tc("errorSummaryTitle")} errors={Object.fromEntries(scenario.problems.map((problem, i) => [`form-${i}`, problem.message[locale]]))} />}
      </ResultsHeader>
      <p className="govuk-body">{t("whatIf.body")}</p>
      {scenario?.ok && scenario.ranking.length === 0 && <div className="govuk-inset-text">{t("noneRanked")}</div>}
      {scenario?.ok && scenario.ranking.length > 0 && (
        <Table
          caption={t("whatIf.caption")}
          captionSize="m"
          testId="what-if-ranking"
          numeric={[2]}
          head={[t("supplier"), t("rank"), t("total")]}
          rows={scenario.ranking.map((row) => ({ key: row.supplierId, cells: [names.get(row.supplierId), row.rank, row.total.toFixed(2)] }))}
        />
      )}
      <form method="get" action={`/assessments/${assessment.id}/results/what-if`}>
        {criteria.map((c) => (
          <Input key={c.id} id={`w-${c.id}`} label={c.title} widthClass="govuk-input--width-3" inputMode="numeric" defaultValue={typed(c) ?? String(c.weight)} error={weightErrors.find((error) => error.fieldId === `w-${c.id}`)?.message[locale]} />
        ))}
        <Button variant="secondary">{t("whatIf.submit")}</Button>
      </form>
    </>
  );
}
