import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CommentsSection } from "@/components/assessments/CommentsSection";
import { CriterionDetails } from "@/components/assessments/CriterionDetails";
import { CriterionForm } from "@/components/assessments/CriterionForm";
import { BackLink } from "@/components/govuk/BackLink";
import { withClientMessages } from "@/components/layout/ClientMessages";
import { SuccessBanner } from "@/components/layout/SuccessBanner";
import { findCriterion, getFramework } from "@/lib/domain/framework/registry";
import { staleWelshFields } from "@/lib/domain/language/welsh-sources";
import { assessmentTitle } from "@/lib/i18n/assessment-title";
import { toLocale } from "@/lib/i18n/locales";
import { assessmentReaders, canEdit } from "@/lib/server/assessments/access";
import { criterionWelshFields } from "@/lib/server/assessments/criterion-data";
import { getAssessment } from "@/lib/server/assessments/get-assessment";
import { requireActor } from "@/lib/server/auth/actor";
import { pageNotFound } from "@/lib/server/page-not-found";
import { updateCriterionAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("assessments.criterionForm"))("title") };
}

type Props = { params: Promise<{ assessmentId: string; criterionId: string }>; searchParams: Promise<{ done?: string }> };

/** The officer changes a draft's criterion here; everyone else who may read the assessment (specialists) reads it. */
async function CriterionPage({ params, searchParams }: Props) {
  const { assessmentId, criterionId } = await params;
  const actor = await requireActor({ roles: assessmentReaders, returnTo: `/assessments/${assessmentId}/criteria/${criterionId}` });
  const assessment = await getAssessment(actor, assessmentId);
  const criterion = assessment?.criteria.find((c) => c.id === criterionId);
  if (!assessment || !criterion) pageNotFound();
  const t = await getTranslations("assessments.criterionForm");
  const tc = await getTranslations("common");
  const locale = toLocale(await getLocale());
  if (!canEdit(actor) || assessment.status !== "draft") {
    const { done } = await searchParams;
    const ta = await getTranslations("assessments");
    return (
      <>
        <BackLink href={`/assessments/${assessment.id}`} text={tc("back")} />
        {done === "commentAdded" && <SuccessBanner title={tc("success")} heading={ta("done.commentAdded")} />}
        <span className="govuk-caption-l">{assessmentTitle(assessment, locale)}</span>
        <h1 className="govuk-heading-l">{criterion.title[locale] || criterion.title.en}</h1>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <CriterionDetails assessment={assessment} criterion={criterion} />
            <CommentsSection assessment={assessment} actor={actor} criterionId={criterion.id} />
          </div>
        </div>
      </>
    );
  }
  const initial: Record<string, string> = {
    version: String(assessment.version),
    titleEn: criterion.title.en, titleCy: criterion.title.cy, questionEn: criterion.question.en, questionCy: criterion.question.cy,
    guidanceEn: criterion.guidance.en, guidanceCy: criterion.guidance.cy, evidenceEn: criterion.evidence.en, evidenceCy: criterion.evidence.cy,
    weight: String(criterion.weight), minimumScore: criterion.minimumScore === null ? "" : String(criterion.minimumScore), rule: criterion.rule,
  };
  for (const point of assessment.scale) {
    const descriptor = criterion.descriptors[String(point.value)] ?? point.descriptor;
    initial[`descriptor-${point.value}-en`] = descriptor.en;
    initial[`descriptor-${point.value}-cy`] = descriptor.cy;
  }
  // The framework's own title, so the officer sees what the criterion was before any rewording.
  const framework = getFramework(assessment.framework.id, assessment.framework.version);
  const original = criterion.frameworkCriterionId && framework ? findCriterion(framework, criterion.frameworkCriterionId) : undefined;
  const frameworkTitle = original ? original.title[locale] || original.title.en : null;
  return (
    <>
      <BackLink href={`/assessments/${assessment.id}`} text={tc("back")} />
      <span className="govuk-caption-l">{assessmentTitle(assessment, locale)}</span>
      <h1 className="govuk-heading-l">{criterion.title[locale] || criterion.title.en}</h1>
      <p className="govuk-body">{frameworkTitle ? t("fromFramework", { title: frameworkTitle }) : t("ownCriterion")}</p>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <CriterionForm
            action={updateCriterionAction.bind(null, assessment.id, criterion.id)}
            initial={initial}
            scale={assessment.scale.map((point) => point.value)}
            ownCriterion={!criterion.frameworkCriterionId}
            staleFields={staleWelshFields(criterionWelshFields(criterion), criterion.welshSources)}
          />
          <h2 className="govuk-heading-m">{t("removeHeading")}</h2>
          <a className="govuk-button govuk-button--warning" role="button" draggable="false" data-module="govuk-button" href={`/assessments/${assessment.id}/criteria/${criterion.id}/remove`}>
            {t("remove")}
          </a>
        </div>
      </div>
    </>
  );
}

export default withClientMessages(CriterionPage, ["assessments.criterionForm", "errors", "rules"]);
