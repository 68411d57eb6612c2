import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { BackLink } from "@/components/govuk/BackLink";
import { Table } from "@/components/govuk/Table";
import { withClientMessages } from "@/components/layout/ClientMessages";
import { SuccessBanner } from "@/components/layout/SuccessBanner";
import { ConsensusForm } from "@/components/scoring/ConsensusForm";
import { scaleOptions } from "@/components/scoring/scale-options";
import { assessmentTitle } from "@/lib/i18n/assessment-title";
import { toLocale } from "@/lib/i18n/locales";
import { requireActor } from "@/lib/server/auth/actor";
import { pageNotFound } from "@/lib/server/page-not-found";
import { getModeration } from "@/lib/server/scoring/get-moderation";
import { recordConsensusAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("moderation"))("title") };
}

type Props = { params: Promise<{ assessmentId: string }>; searchParams: Promise<{ done?: string }> };

/** Divergent criteria per supplier, each evaluator's score and justification, and the officer's consensus form. */
async function ModerationPage({ params, searchParams }: Props) {
  const { assessmentId } = await params;
  const actor = await requireActor({ roles: ["procurement-officer"], returnTo: `/assessments/${assessmentId}/moderation` });
  const moderation = await getModeration(actor, assessmentId);
  if (!moderation) pageNotFound();
  const { done } = await searchParams;
  const t = await getTranslations("moderation");
  const ts = await getTranslations("scoring");
  const tc = await getTranslations("common");
  const locale = toLocale(await getLocale());
  const { assessment } = moderation;
  const criterionOf = (id: string) => assessment.criteria.find((c) => c.id === id)!;
  return (
    <>
      <BackLink href={`/assessments/${assessment.id}/scoring`} text={t("scoringLink")} />
      {done === "recorded" && <SuccessBanner title={tc("success")} heading={t("recorded")} />}
      <span className="govuk-caption-l">{assessmentTitle(assessment, locale)}</span>
      <h1 className="govuk-heading-l">{t("title")}</h1>
      {!moderation.open && <p className="govuk-body">{t("beforeDeadline")}</p>}
      {moderation.open && <p className="govuk-body">{t("intro", { threshold: assessment.divergenceThreshold })}</p>}
      {moderation.problems && <p className="govuk-body">{t("problems")}</p>}
      {moderation.open && !moderation.problems && moderation.items.length === 0 && <p className="govuk-body">{t("none")}</p>}
      {moderation.waiting > 0 && <p className="govuk-body">{t("waiting", { count: moderation.waiting })}</p>}
      {moderation.items.map((item) => {
        const criterion = criterionOf(item.criterionId);
        const supplier = (locale === "cy" && item.supplierName.cy) || item.supplierName.en;
        const key = `${item.supplierOrganisationId}-${item.criterionId}`;
        return (
          <section key={key} id={key} className="govuk-summary-card" aria-labelledby={`${key}-heading`} data-testid="divergence">
            <div className="govuk-summary-card__title-wrapper">
              <h2 className="govuk-summary-card__title" id={`${key}-heading`}>
                {t("itemHeading", { supplier, criterion: criterion.title[locale] || criterion.title.en })}
              </h2>
            </div>
            <div className="govuk-summary-card__content">
              <p className="govuk-body">{t("spread", { spread: item.spread })}</p>
              <Table
                caption={t("caption")}
                captionSize="s"
                numeric={[1]}
                head={[t("evaluator"), ts("score"), ts("justificationColumn")]}
                rows={item.scores.map((score, index) => ({ key: String(index), cells: [score.evaluatorName, score.score, score.justification] }))}
              />
              {item.consensus ? (
                <div className="govuk-inset-text" data-testid="consensus">
                  <p className="govuk-body govuk-!-font-weight-bold">{t("consensus", { score: item.consensus.score })}</p>
                  <p className="govuk-body">{t("rationale", { rationale: item.consensus.rationale })}</p>
                  <p className="govuk-body">{t("recordedBy", { name: item.consensus.moderatorName })}</p>
                </div>
              ) : (
                <ConsensusForm action={recordConsensusAction.bind(null, assessment.id, item.supplierOrganisationId, item.criterionId, assessment.scale.map((p) => p.value))} idPrefix={`${key}-`} options={scaleOptions(assessment.scale, criterion.descriptors, locale)} />
              )}
            </div>
          </section>
        );
      })}
    </>
  );
}

export default withClientMessages(ModerationPage, ["errors", "moderation"]);
