import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { BackLink } from "@/components/govuk/BackLink";
import { SummaryList } from "@/components/govuk/SummaryList";
import { WarningText } from "@/components/govuk/WarningText";
import { withClientMessages } from "@/components/layout/ClientMessages";
import { SubmitForm } from "@/components/supplier/SubmitForm";
import { assessmentDateOf } from "@/lib/domain/dates";
import { estimateFootprint, type FootprintEstimate } from "@/lib/domain/footprint/estimate-footprint";
import { conditionAnswerOf } from "@/lib/domain/responses/conditions";
import { hasEvidence } from "@/lib/domain/responses/evidence-copy";
import { canSubmit, isOpen } from "@/lib/domain/responses/deadline";
import { organisationName } from "@/lib/i18n/organisation-name";
import { toLocale } from "@/lib/i18n/locales";
import { conditionField } from "@/lib/schemas/responses";
import { requireActor } from "@/lib/server/auth/actor";
import { responseDrafters, responseSubmitters } from "@/lib/server/responses/access";
import { inLanguage } from "@/lib/i18n/in-language";
import { getOwnResponse } from "@/lib/server/responses/get-response";
import { pageNotFound } from "@/lib/server/page-not-found";
import { submitResponseAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("supplier.check"))("title") };
}

async function CheckAnswersPage({ params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  const actor = await requireActor({ roles: responseDrafters, returnTo: `/responses/${assessmentId}/check` });
  const data = await getOwnResponse(actor, assessmentId);
  if (!data) pageNotFound();
  const { assessment, response } = data;
  const t = await getTranslations("supplier.check");
  const tc = await getTranslations("common");
  const format = await getFormatter();
  const locale = toLocale(await getLocale());
  const now = new Date();
  const base = `/responses/${assessment.id}`;
  const status = response?.status ?? null;
  const declared = response?.evidence.serviceFootprint;
  const footprint = declared ? estimateFootprint(declared, assessmentDateOf(assessment.responseDeadline)) : null;
  // The total and any figure per user or transaction at the precision they are shown, the factors' sources with
  // their licences, and whether a default the supplier can replace is in it.
  const footprintInWords = (estimate: FootprintEstimate) => {
    const perUnit = estimate.perFunctionalUnit;
    return [
      t("footprintEstimate", { tonnes: format.number(estimate.shown.value, { maximumFractionDigits: estimate.shown.fractionDigits }) }) +
        (perUnit ? `; ${format.number(perUnit.kgCO2ePerUnit, { maximumFractionDigits: perUnit.fractionDigits })} ${perUnit.unit[locale]}` : "") +
        ".",
      estimate.basis[locale],
      estimate.lines.some((line) => line.usesDefault) ? t("footprintDefaults") : "",
    ].filter(Boolean).join(" ");
  };
  const change = (href: string, what: string, id?: string) => (
    <a className="govuk-link" href={href} id={id}>
      {t("change")}
      <span className="govuk-visually-hidden"> {what}</span>
    </a>
  );
  return (
    <>
      <BackLink href={base} text={tc("back")} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{inLanguage(assessment.title, locale).text}</span>
          <h1 className="govuk-heading-l">{t("title")}</h1>
          <h2 className="govuk-heading-m">{t("answersHeading")}</h2>
          <SummaryList
            rows={assessment.criteria.map((criterion) => {
              const title = inLanguage(criterion.title, locale);
              const saved = response?.answers.get(criterion.id);
              const files = response?.files.filter((file) => file.criterionId === criterion.id) ?? [];
              return {
                key: criterion.id,
                label: <span lang={title.lang}>{title.text}</span>,
                value: saved?.answer.trim() ? (
                  <>
                    {!saved.finished && <strong className="govuk-tag govuk-tag--light-blue govuk-!-margin-bottom-2">{t("notFinished")}</strong>}
                    <p className="govuk-body" lang={saved.language}>{saved.answer}</p>
                    <p className="govuk-hint govuk-!-margin-bottom-1">{t(`writtenIn.${saved.language}`)}</p>
                    {files.map((file) => (
                      <p className="govuk-body govuk-!-margin-bottom-1" key={file.id}>
                        <a className="govuk-link" href={`/files/${file.id}`}>{file.fileName}</a>
                      </p>
                    ))}
                  </>
                ) : (
                  <strong className="govuk-tag govuk-tag--red">{t("notAnswered")}</strong>
                ),
                action: canSubmit(status, assessment.responseDeadline, now) ? change(`${base}/criteria/${criterion.id}`, title.text) : undefined,
              };
            })}
          />
          {assessment.conditions.length > 0 && (
            <>
              <h2 className="govuk-heading-m">{t("conditionsHeading")}</h2>
              <SummaryList
                rows={assessment.conditions.map((condition) => {
                  const question = inLanguage(condition.question, locale);
                  const answer = conditionAnswerOf(response?.evidence.gateResults?.[condition.id]);
                  return {
                    key: condition.id,
                    label: <span lang={question.lang}>{question.text}</span>,
                    value: answer ? t(answer === "yes" ? "conditionMet" : "conditionNotMet") : <strong className="govuk-tag govuk-tag--red">{t("notAnswered")}</strong>,
                    // The change link carries the condition's field id, so that a refused submission links to it.
                    action: canSubmit(status, assessment.responseDeadline, now) ? change(`${base}/conditions#${conditionField(condition.id)}`, question.text, conditionField(condition.id)) : undefined,
                  };
                })}
              />
            </>
          )}
          <h2 className="govuk-heading-m">{t("footprintHeading")}</h2>
          <SummaryList
            rows={[
              {
                key: "footprint",
                label: t("footprint"),
                value: footprint ? footprintInWords(footprint) : t("footprintMissing"),
                action: canSubmit(status, assessment.responseDeadline, now) ? change(`${base}/footprint`, t("footprint")) : undefined,
              },
              { key: "evidence", label: t("evidence"), value: response?.evidenceCopiedAt ? t("evidenceCopied", { date: format.dateTime(response.evidenceCopiedAt, { dateStyle: "long", timeZone: "Europe/London" }) }) : hasEvidence(response?.evidence) ? t("evidenceGiven") : t("evidenceMissing"), action: canSubmit(status, assessment.responseDeadline, now) ? change(base, t("evidence")) : undefined },
            ]}
          />
          {status === "submitted" ? (
            <p className="govuk-body">
              <a className="govuk-link" href={`${base}/confirmation`}>{t("alreadySubmitted")}</a>
            </p>
          ) : !isOpen(assessment.responseDeadline, now) ? (
            <WarningText assistiveText={tc("warning")}>{t("closed")}</WarningText>
          ) : responseSubmitters.includes(actor.role) ? (
            <SubmitForm
              action={submitResponseAction.bind(null, assessment.id)}
              organisation={organisationName(actor, locale)}
              conditions={assessment.conditions.map((condition) => ({ id: condition.id, question: inLanguage(condition.question, locale).text }))}
              questions={assessment.criteria.map((criterion) => ({ id: criterion.id, title: inLanguage(criterion.title, locale).text, href: `${base}/criteria/${criterion.id}` }))}
              // A response not started yet is created at version 1 by the first change, this submission included.
              version={response?.version ?? 1}
              checkHref={`${base}/check`}
            />
          ) : (
            <p className="govuk-inset-text">{t("adminSubmits")}</p>
          )}
        </div>
      </div>
    </>
  );
}

export default withClientMessages(CheckAnswersPage, ["errors", "supplier.check", "supplier.conditions"]);
