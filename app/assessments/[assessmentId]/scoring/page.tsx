import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { BackLink } from "@/components/govuk/BackLink";
import { Table } from "@/components/govuk/Table";
import { Tag } from "@/components/govuk/Tag";
import { withClientMessages } from "@/components/layout/ClientMessages";
import { SuccessBanner } from "@/components/layout/SuccessBanner";
import { DecideConflictForm } from "@/components/scoring/DecideConflictForm";
import { momentInWords } from "@/lib/domain/dates";
import type { EvaluatorStatus } from "@/lib/domain/scoring/evaluator-status";
import { assessmentTitle } from "@/lib/i18n/assessment-title";
import { toLocale } from "@/lib/i18n/locales";
import { requireActor } from "@/lib/server/auth/actor";
import { pageNotFound } from "@/lib/server/page-not-found";
import { getScoringOverview } from "@/lib/server/scoring/get-scoring-overview";
import { decideConflictAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("scoring"))("title") };
}

const colours: Record<EvaluatorStatus, "grey" | "green" | "red" | "yellow" | "blue"> = { "declare-conflict": "grey", "conflict-pending": "yellow", excluded: "red", score: "blue", submitted: "green" };

type Props = { params: Promise<{ assessmentId: string }>; searchParams: Promise<{ done?: string }> };

/** The submitted responses with where the evaluator stands on each; for the officer, conflicts to decide. */
async function ScoringPage({ params, searchParams }: Props) {
  const { assessmentId } = await params;
  const actor = await requireActor({ roles: ["procurement-officer", "sustainability-specialist"], returnTo: `/assessments/${assessmentId}/scoring` });
  const overview = await getScoringOverview(actor, assessmentId);
  if (!overview) pageNotFound();
  const { done } = await searchParams;
  const t = await getTranslations("scoring");
  const tc = await getTranslations("common");
  const locale = toLocale(await getLocale());
  const name = (n: { en: string; cy: string }) => (locale === "cy" && n.cy ? n.cy : n.en);
  const { assessment } = overview;
  return (
    <>
      <BackLink href={`/assessments/${assessment.id}`} text={tc("back")} />
      {done && t.has(`done.${done}`) && <SuccessBanner title={tc("success")} heading={t(`done.${done}`)} />}
      <span className="govuk-caption-l">{assessmentTitle(assessment, locale)}</span>
      <h1 className="govuk-heading-l">{t("title")}</h1>
      {!overview.open && <p className="govuk-body">{t("beforeDeadline")}</p>}
      {overview.open && overview.isEvaluator && <p className="govuk-body">{t("intro")}</p>}
      {overview.open && !overview.isEvaluator && <p className="govuk-body">{t("notEvaluator")}</p>}
      {overview.open && overview.isEvaluator && overview.suppliers.length === 0 && <p className="govuk-body">{t("noResponses")}</p>}
      {overview.open && overview.isEvaluator && overview.suppliers.length > 0 && (
        <Table
          caption={t("caption")}
          testId="scoring-suppliers"
          head={[t("supplier"), t("submittedAt"), t("yourStatus")]}
          rows={overview.suppliers.map((supplier) => ({
            key: supplier.supplierOrganisationId,
            cells: [
              <a className="govuk-link" href={`/assessments/${assessment.id}/scoring/${supplier.supplierOrganisationId}`} key="name">
                {name(supplier.name)}
              </a>,
              supplier.submittedAt ? momentInWords(supplier.submittedAt, locale) : "",
              supplier.status && (
                <Tag colour={colours[supplier.status]} key="status">
                  {t(supplier.status === "score" && supplier.draftSaved ? "statuses.draftSaved" : `statuses.${supplier.status}`)}
                </Tag>
              ),
            ],
          }))}
        />
      )}
      {overview.open && overview.isModerator && (
        <>
          <p className="govuk-body">
            <a className="govuk-link govuk-!-font-weight-bold" href={`/assessments/${assessment.id}/moderation`}>
              {t("moderationLink")}
            </a>
          </p>
          <section id="conflicts" aria-labelledby="conflicts-heading">
            <h2 className="govuk-heading-m" id="conflicts-heading">
              {t("conflicts.heading")}
            </h2>
            {overview.conflicts.length === 0 && <p className="govuk-body">{t("conflicts.none")}</p>}
            {overview.conflicts.map((conflict) => (
              <div key={conflict.id} className="govuk-summary-card" data-testid="conflict">
                <div className="govuk-summary-card__title-wrapper">
                  <h3 className="govuk-summary-card__title">
                    {conflict.evaluatorName}: {name(conflict.supplierName)}
                  </h3>
                </div>
                <div className="govuk-summary-card__content">
                  <dl className="govuk-summary-list">
                    <div className="govuk-summary-list__row">
                      <dt className="govuk-summary-list__key">{t("conflicts.details")}</dt>
                      <dd className="govuk-summary-list__value">{conflict.details}</dd>
                    </div>
                    <div className="govuk-summary-list__row">
                      <dt className="govuk-summary-list__key">{t("conflicts.decision")}</dt>
                      <dd className="govuk-summary-list__value">{conflict.decision ? t(`conflicts.decisions.${conflict.decision}`) : <Tag colour="yellow">{t("statuses.conflict-pending")}</Tag>}</dd>
                    </div>
                  </dl>
                  {conflict.decision === null && conflict.ownDeclaration && <p className="govuk-body">{t("conflicts.ownDeclaration")}</p>}
                  {conflict.decision === null && !conflict.ownDeclaration && (
                    <DecideConflictForm action={decideConflictAction.bind(null, assessment.id, conflict.id)} idPrefix={`conflict-${conflict.id}-`} name={conflict.evaluatorName} supplier={name(conflict.supplierName)} />
                  )}
                </div>
              </div>
            ))}
          </section>
        </>
      )}
    </>
  );
}

export default withClientMessages(ScoringPage, ["errors", "scoring.conflicts"]);
