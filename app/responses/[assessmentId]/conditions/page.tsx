import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { BackLink } from "@/components/govuk/BackLink";
import { SummaryList } from "@/components/govuk/SummaryList";
import { WarningText } from "@/components/govuk/WarningText";
import { withClientMessages } from "@/components/layout/ClientMessages";
import { ConditionsForm } from "@/components/supplier/ConditionsForm";
import { conditionAnswerOf } from "@/lib/domain/responses/conditions";
import { canChange } from "@/lib/domain/responses/deadline";
import { toLocale } from "@/lib/i18n/locales";
import { conditionField } from "@/lib/schemas/responses";
import { requireActor } from "@/lib/server/auth/actor";
import { responseDrafters } from "@/lib/server/responses/access";
import { inLanguage } from "@/lib/i18n/in-language";
import { getOwnResponse } from "@/lib/server/responses/get-response";
import { pageNotFound } from "@/lib/server/page-not-found";
import { saveConditionsAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("supplier.conditions"))("title") };
}

/** The supplier's yes or no on each pass/fail condition of participation; an assessment without any has no page. */
async function ConditionsPage({ params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  const actor = await requireActor({ roles: responseDrafters, returnTo: `/responses/${assessmentId}/conditions` });
  const data = await getOwnResponse(actor, assessmentId);
  if (!data || data.assessment.conditions.length === 0) pageNotFound();
  const { assessment, response } = data;
  const t = await getTranslations("supplier.conditions");
  const tc = await getTranslations("common");
  const locale = toLocale(await getLocale());
  const base = `/responses/${assessment.id}`;
  const open = canChange(response?.status ?? null, assessment.responseDeadline, new Date());
  const conditions = assessment.conditions.map((condition) => ({ id: condition.id, question: inLanguage(condition.question, locale).text }));
  const answerOf = (id: string) => conditionAnswerOf(response?.evidence.gateResults?.[id]);
  const initial = Object.fromEntries(assessment.conditions.map((condition) => [conditionField(condition.id), answerOf(condition.id) ?? ""]));
  return (
    <>
      <BackLink href={base} text={tc("back")} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{inLanguage(assessment.title, locale).text}</span>
          <h1 className="govuk-heading-l">{t("title")}</h1>
          <p className="govuk-body">{t("intro")}</p>
          <div className="govuk-inset-text">{t("noMeansExcluded")}</div>
          {open ? (
            <ConditionsForm action={saveConditionsAction.bind(null, assessment.id, assessment.conditions.map((condition) => condition.id))} conditions={conditions} initial={initial} />
          ) : (
            <>
              <WarningText assistiveText={tc("warning")}>{t("readOnly")}</WarningText>
              <SummaryList
                rows={assessment.conditions.map((condition) => {
                  const question = inLanguage(condition.question, locale);
                  const answer = answerOf(condition.id);
                  return { key: condition.id, label: <span lang={question.lang}>{question.text}</span>, value: answer ? t(answer) : t("notAnswered") };
                })}
              />
              <p className="govuk-body">
                <a className="govuk-link" href={`${base}/check`}>
                  {t("continue")}
                </a>
              </p>
            </>
          )}
        </div>
      </div>
    </>
  );
}

export default withClientMessages(ConditionsPage, ["errors", "supplier.conditions"]);
