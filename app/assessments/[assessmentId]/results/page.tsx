import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { BackLink } from "@/components/govuk/BackLink";
import { Button } from "@/components/govuk/Button";
import { ErrorSummary } from "@/components/govuk/ErrorSummary";
import { Input } from "@/components/govuk/Input";
import { Table } from "@/components/govuk/Table";
import { SuccessBanner } from "@/components/layout/SuccessBanner";
import { ResultsTables } from "@/components/results/ResultsTables";
import { TotalsChart } from "@/components/results/TotalsChart";
import { momentInWords } from "@/lib/domain/dates";
import { describeLeaderSensitivity } from "@/lib/domain/leader-sensitivity";
import { withNames } from "@/lib/domain/text";
import { whatIf } from "@/lib/domain/what-if";
import { readWhatIfWeights } from "@/lib/domain/what-if-weights";
import { assessmentTitle } from "@/lib/i18n/assessment-title";
import { toLocale } from "@/lib/i18n/locales";
import { assessmentEditors, assessmentReaders } from "@/lib/server/assessments/access";
import { getAssessment } from "@/lib/server/assessments/get-assessment";
import { getResults } from "@/lib/server/assessments/get-results";
import { engineCriterionId } from "@/lib/server/assessments/to-assessment-config";
import { getActor, requireActor } from "@/lib/server/auth/actor";
import { pageNotFound } from "@/lib/server/page-not-found";

type Props = { params: Promise<{ assessmentId: string }>; searchParams: Promise<Record<string, string | undefined>> };

/** "Error: " in front of the title when what-if weights were refused (a plain GET form, so no action says so). */
export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const title = (await getTranslations("results"))("title");
  const query = await searchParams;
  if (!Object.keys(query).some((key) => key.startsWith("w-"))) return { title };
  const actor = await getActor();
  const assessment = actor ? await getAssessment(actor, (await params).assessmentId) : null;
  if (!assessment) return { title };
  const read = readWhatIfWeights(
    assessment.criteria.map((c) => ({ criterionId: engineCriterionId(c), fieldId: `w-${c.id}`, title: c.title, typed: query[`w-${c.id}`] })),
    Object.fromEntries(assessment.criteria.map((c) => [engineCriterionId(c), c.weight])),
  );
  return { title: "errors" in read ? `${(await getTranslations("common"))("errorPrefix")} ${title}` : title };
}

export default async function ResultsPage({ params, searchParams }: Props) {
  const { assessmentId } = await params;
  const actor = await requireActor({ roles: assessmentReaders, returnTo: `/assessments/${assessmentId}/results` });
  const results = await getResults(actor, assessmentId);
  if (results.kind === "not-found") pageNotFound();
  const t = await getTranslations("results");
  const tc = await getTranslations("common");
  const locale = toLocale(await getLocale());
  const { assessment } = results;
  const header = (
    <>
      <BackLink href={`/assessments/${assessment.id}`} text={tc("back")} />
      <span className="govuk-caption-l">{assessmentTitle(assessment, locale)}</span>
      <h1 className="govuk-heading-l">{t("title")}</h1>
    </>
  );
  if (results.kind === "before-deadline") return <>{header}<p className="govuk-body">{t("beforeDeadline")}</p></>;
  if (results.kind === "problems") {
    return (
      <>
        {header}
        <p className="govuk-body">{t("cannotCompute")}</p>
        <ul className="govuk-list govuk-list--bullet">{results.problems.map((p, i) => <li key={i}>{p.message[locale]}</li>)}</ul>
      </>
    );
  }
  const { result, scoring } = results.outcome;
  const criteria = assessment.criteria.map((c) => ({ id: c.id, engineId: engineCriterionId(c), title: c.title[locale] || c.title.en, bilingualTitle: c.title, weight: c.weight }));
  // A supplier is named in the page's language: "Cwmwl Glas Cyf" on Welsh pages.
  const names = new Map(result.suppliers.map((s) => [s.supplierId, results.supplierNames[s.supplierId]?.[locale] ?? s.name]));
  // The engine's messages name criteria, evaluators and suppliers by id: a person reads titles and names.
  const readableNames = new Map<string, string>([
    ...criteria.map((c): [string, string] => [c.engineId, `“${c.title}”`]),
    ...Object.entries(results.evaluatorNames),
    ...names,
  ]);
  const readable = (text: string) => withNames(text, readableNames);
  const query = await searchParams;
  const typed = (c: (typeof criteria)[number]) => {
    const value = query[`w-${c.id}`];
    return typeof value === "string" ? value : undefined;
  };
  const asked = criteria.some((c) => typed(c) !== undefined);
  const read = asked ? readWhatIfWeights(criteria.map((c) => ({ criterionId: c.engineId, fieldId: `w-${c.id}`, title: c.bilingualTitle, typed: typed(c) })), Object.fromEntries(criteria.map((c) => [c.engineId, c.weight]))) : null;
  const weightErrors = read && "errors" in read ? read.errors : [];
  const scenario = read && "weights" in read ? whatIf(scoring, read.weights) : null;
  // Each page of the matrix keeps the rest of the address (what-if weights).
  const matrixHref = (page: number) => {
    const kept = new URLSearchParams(Object.entries(query).flatMap(([name, value]) => (typeof value === "string" && name !== "matrix" && name !== "done" && name !== "notice" ? [[name, value]] : [])));
    if (page > 1) kept.set("matrix", String(page));
    const search = kept.toString();
    return `/assessments/${assessment.id}/results${search ? `?${search}` : ""}#matrix`;
  };
  const ts = await getTranslations("summaries");
  const releasedAt = assessment.summariesReleasedAt;
  return (
    <>
      {query.done === "summariesReleased" && <SuccessBanner title={tc("success")} heading={ts("release.done")} />}
      {header}
      <p className="govuk-body">{t("intro", { ranked: result.ranking.length, excluded: result.excluded.length, incomplete: result.incomplete.length })}</p>
      <TotalsChart title={t("chartTitle")} rows={result.ranking.map((row) => ({ label: names.get(row.supplierId) ?? row.supplierId, total: row.total }))} />
      <ResultsTables result={result} criteria={criteria} assessmentId={assessment.id} names={Object.fromEntries(names)} readable={readable} matrix={{ asked: typeof query.matrix === "string" ? query.matrix : undefined, hrefOf: matrixHref }} />
      <section id="summaries" data-testid="summaries-release">
        <h2 className="govuk-heading-m">{ts("release.heading")}</h2>
        {releasedAt ? (
          <p className="govuk-body">{ts("release.releasedOn", { date: momentInWords(releasedAt, locale) })}</p>
        ) : (
          <>
            <p className="govuk-body">{ts("release.body")}</p>
            {assessmentEditors.includes(actor.role) && (
              <a className="govuk-button govuk-button--secondary" data-module="govuk-button" href={`/assessments/${assessment.id}/results/release`}>
                {ts("release.start")}
              </a>
            )}
          </>
        )}
      </section>
      {result.leaderSensitivity && (
        <div className="govuk-inset-text" data-testid="leader-sensitivity">
          {describeLeaderSensitivity(result.leaderSensitivity, {
            supplier: (id) => results.supplierNames[id] ?? { en: id, cy: id },
            criterion: (id) => {
              const title = assessment.criteria.find((c) => engineCriterionId(c) === id)?.title ?? { en: id, cy: id };
              return { en: `“${title.en}”`, cy: `“${title.cy || title.en}”` };
            },
          })[locale]}
        </div>
      )}
      <section id="what-if">
        <h2 className="govuk-heading-m">{t("whatIf.heading")}</h2>
        <p className="govuk-body">{t("whatIf.body")}</p>
        {weightErrors.length > 0 && <ErrorSummary title={tc("errorSummaryTitle")} errors={Object.fromEntries(weightErrors.map((error) => [error.fieldId, error.message[locale]]))} />}
        {scenario && !scenario.ok && <ErrorSummary title={tc("errorSummaryTitle")} errors={Object.fromEntries(scenario.problems.map((problem, i) => [`form-${i}`, problem.message[locale]]))} />}
        {scenario?.ok && (
          <Table
            caption={t("whatIf.caption")}
            captionSize="s"
            testId="what-if-ranking"
            numeric={[2]}
            head={[t("supplier"), t("rank"), t("total")]}
            rows={scenario.ranking.map((row) => ({ key: row.supplierId, cells: [names.get(row.supplierId), row.rank, row.total.toFixed(2)] }))}
          />
        )}
        <form method="get" action={`/assessments/${assessment.id}/results#what-if`}>
          {criteria.map((c) => (
            <Input key={c.id} id={`w-${c.id}`} label={c.title} widthClass="govuk-input--width-3" inputMode="numeric" defaultValue={typed(c) ?? String(c.weight)} error={weightErrors.find((error) => error.fieldId === `w-${c.id}`)?.message[locale]} />
          ))}
          <Button variant="secondary">{t("whatIf.submit")}</Button>
        </form>
      </section>
    </>
  );
}
