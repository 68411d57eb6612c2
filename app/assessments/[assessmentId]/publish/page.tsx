import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PublishForm } from "@/components/assessments/PublishForm";
import { WelshToUpdateList } from "@/components/assessments/WelshToUpdateList";
import { BackLink } from "@/components/govuk/BackLink";
import { WarningText } from "@/components/govuk/WarningText";
import { withClientMessages } from "@/components/layout/ClientMessages";
import { welshToUpdate } from "@/lib/domain/language/welsh-to-update";
import { assessmentTitle } from "@/lib/i18n/assessment-title";
import { toLocale } from "@/lib/i18n/locales";
import { requireActor } from "@/lib/server/auth/actor";
import { assessmentEditors } from "@/lib/server/assessments/access";
import { checkAssessment } from "@/lib/server/assessments/check-assessment";
import { getAssessment } from "@/lib/server/assessments/get-assessment";
import { welshParts } from "@/lib/server/assessments/welsh-parts";
import { pageNotFound } from "@/lib/server/page-not-found";
import { publishAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("assessments.publish"))("title") };
}

async function PublishPage({ params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  const actor = await requireActor({ roles: assessmentEditors, returnTo: `/assessments/${assessmentId}/publish` });
  const assessment = await getAssessment(actor, assessmentId);
  if (!assessment || assessment.status !== "draft") pageNotFound();
  const t = await getTranslations("assessments.publish");
  const tc = await getTranslations("common");
  const locale = toLocale(await getLocale());
  const problems = checkAssessment(assessment, new Date().toISOString().slice(0, 10));
  const welsh = welshToUpdate(welshParts(assessment));
  const openComments = assessment.comments.filter((comment) => !comment.resolvedAt).length;
  return (
    <>
      <BackLink href={`/assessments/${assessment.id}`} text={tc("back")} />
      <span className="govuk-caption-l">{assessmentTitle(assessment, locale)}</span>
      <h1 className="govuk-heading-l">{t("title")}</h1>
      {problems.length > 0 ? (
        <>
          <p className="govuk-body">{t("cannot")}</p>
          <ul className="govuk-list govuk-list--bullet">
            {problems.map((problem, index) => (
              <li key={index}>
                {problem.code === "PUBLISH.WELSH_TO_UPDATE" ? <a className="govuk-link" href="#welsh-to-update">{problem.message[locale]}</a> : problem.message[locale]}
              </li>
            ))}
          </ul>
          <WelshToUpdateList
            assessmentId={assessment.id}
            items={welsh}
            criterionTitles={Object.fromEntries(assessment.criteria.map((criterion) => [criterion.id, criterion.title]))}
            locale={locale}
            editable
          />
          <a className="govuk-link" href={`/assessments/${assessment.id}`}>{t("backToAssessment")}</a>
        </>
      ) : (
        <>
          <p className="govuk-body">{t("body", { count: assessment.criteria.length })}</p>
          {openComments > 0 && <WarningText assistiveText={tc("warning")}>{t("openComments", { count: openComments })}</WarningText>}
          <PublishForm action={publishAction.bind(null, assessment.id)} version={assessment.version} label={openComments > 0 ? t("publishAnyway") : t("submit")} />
        </>
      )}
    </>
  );
}

export default withClientMessages(PublishPage, ["errors"]);
