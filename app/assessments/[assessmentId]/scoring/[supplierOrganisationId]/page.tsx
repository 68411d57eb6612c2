import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { BackLink } from "@/components/govuk/BackLink";
import { withClientMessages } from "@/components/layout/ClientMessages";
import { SuccessBanner } from "@/components/layout/SuccessBanner";
import { ConflictForm } from "@/components/scoring/ConflictForm";
import { CriterionContext, FileList } from "@/components/scoring/CriterionContext";
import { EvidenceSummary } from "@/components/scoring/EvidenceSummary";
import { ScoreSheetForm } from "@/components/scoring/ScoreSheetForm";
import { ScoresTable } from "@/components/scoring/ScoresTable";
import { scaleOptions } from "@/components/scoring/scale-options";
import { assessmentTitle } from "@/lib/i18n/assessment-title";
import { toLocale } from "@/lib/i18n/locales";
import { requireActor } from "@/lib/server/auth/actor";
import { pageNotFound } from "@/lib/server/page-not-found";
import { getSupplierScoring } from "@/lib/server/scoring/get-supplier-scoring";
import { declareConflictAction, submitScoresAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("scoring"))("title") };
}

type Props = { params: Promise<{ assessmentId: string; supplierOrganisationId: string }>; searchParams: Promise<{ done?: string }> };

/**
 * One supplier for one evaluator: the conflict declaration first; then the answers, evidence, pre-scores and the
 * score sheet; after submitting, their own scores beside the other evaluators'.
 */
async function SupplierScoringPage({ params, searchParams }: Props) {
  const { assessmentId, supplierOrganisationId } = await params;
  const actor = await requireActor({ roles: ["procurement-officer", "sustainability-specialist"], returnTo: `/assessments/${assessmentId}/scoring/${supplierOrganisationId}` });
  const scoring = await getSupplierScoring(actor, assessmentId, supplierOrganisationId);
  if (!scoring) pageNotFound();
  const { done } = await searchParams;
  const t = await getTranslations("scoring");
  const tc = await getTranslations("common");
  const locale = toLocale(await getLocale());
  const { assessment } = scoring.context;
  const supplier = (locale === "cy" && scoring.supplier.name.cy) || scoring.supplier.name.en;
  const response = scoring.response;
  const titleOf = (c: (typeof assessment.criteria)[number]) => c.title[locale] || c.title.en;
  const heading = (c: (typeof assessment.criteria)[number], index: number) => t("criterionHeading", { position: index + 1, title: titleOf(c) });
  const filesOf = (criterionId: string | null) => (response?.files ?? []).filter((f) => f.criterionId === criterionId || (criterionId === null && !assessment.criteria.some((c) => c.id === f.criterionId)));
  const context = (c: (typeof assessment.criteria)[number]) => (
    <CriterionContext criterion={c} answer={response?.answers[c.id]} files={filesOf(c.id)} preScore={response?.analysis?.preScores[c.id]} />
  );
  return (
    <>
      <BackLink href={`/assessments/${assessment.id}/scoring`} text={t("backToList")} />
      {done && t.has(`done.${done}`) && <SuccessBanner title={tc("success")} heading={t(`done.${done}`)} />}
      <span className="govuk-caption-l">{assessmentTitle(assessment, locale)}</span>
      <h1 className="govuk-heading-l">{supplier}</h1>

      {scoring.status === "declare-conflict" && (
        <>
          <h2 className="govuk-heading-m">{t("conflictForm.heading")}</h2>
          <p className="govuk-body">{t("conflictForm.body", { supplier })}</p>
          <ConflictForm action={declareConflictAction.bind(null, assessment.id, scoring.supplier.id)} supplier={supplier} />
        </>
      )}
      {(scoring.status === "conflict-pending" || scoring.status === "excluded") && (
        <>
          <p className="govuk-body" data-testid="conflict-status">{scoring.status === "excluded" ? t("excludedBody") : t("pendingBody")}</p>
          <p className="govuk-body">{t("declared", { details: scoring.declaration?.details ?? "" })}</p>
        </>
      )}
      {response && (
        <>
          {scoring.declaration?.hasConflict && <p className="govuk-body">{t("allowedNote")}</p>}
          {response.reference && <p className="govuk-body">{t("reference", { reference: response.reference })}</p>}
          <EvidenceSummary evidence={response.evidence} analysis={response.analysis} assessment={assessment} />
          <FileList heading={t("generalFiles")} files={filesOf(null)} />
        </>
      )}
      {response && scoring.status === "score" && (
        <ScoreSheetForm
          action={submitScoresAction.bind(null, assessment.id, scoring.supplier.id, assessment.criteria.map((c) => c.id), assessment.scale.map((p) => p.value))}
          criteria={assessment.criteria.map((c, index) => ({ id: c.id, heading: heading(c, index), title: titleOf(c), context: context(c), options: scaleOptions(assessment.scale, c.descriptors, locale) }))}
          draft={scoring.draft}
        />
      )}
      {response && scoring.status === "submitted" && (
        <>
          {assessment.criteria.map((c, index) => (
            <section key={c.id} aria-labelledby={`heading-${c.id}`}>
              <h2 className="govuk-heading-m" id={`heading-${c.id}`}>
                {heading(c, index)}
              </h2>
              {context(c)}
            </section>
          ))}
          <h2 className="govuk-heading-m">{t("mine")}</h2>
          <ScoresTable caption={t("scoredBy", { name: actor.name })} criteria={assessment.criteria} scores={scoring.myScores} testId="my-scores" />
          <h2 className="govuk-heading-m">{t("others")}</h2>
          {scoring.others?.submitted.length === 0 && <p className="govuk-body">{t("noOthers")}</p>}
          {scoring.others?.submitted.map((other) => (
            <ScoresTable key={other.evaluatorId} caption={t("scoredBy", { name: other.name })} criteria={assessment.criteria} scores={other.scores} testId="other-scores" />
          ))}
          {scoring.others && scoring.others.waitingFor.length > 0 && <p className="govuk-body">{t("waitingFor", { names: scoring.others.waitingFor.join(", ") })}</p>}
        </>
      )}
    </>
  );
}

export default withClientMessages(SupplierScoringPage, ["errors", "scoring", "scoring.conflictForm"]);
