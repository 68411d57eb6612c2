import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { StandstillDetails } from "@/components/assessments/StandstillDetails";
import { ActionButton } from "@/components/forms/ActionButton";
import { BackLink } from "@/components/govuk/BackLink";
import { Tag } from "@/components/govuk/Tag";
import { WarningText } from "@/components/govuk/WarningText";
import { withClientMessages } from "@/components/layout/ClientMessages";
import { SuccessBanner } from "@/components/layout/SuccessBanner";
import { EvidenceSummary } from "@/components/supplier/EvidenceSummary";
import { ResponseStatusTag } from "@/components/supplier/ResponseStatusTag";
import { momentInWords } from "@/lib/domain/dates";
import { isAnswered } from "@/lib/domain/responses/answers-complete";
import { firstUnansweredCondition } from "@/lib/domain/responses/conditions";
import { canChange, canWithdraw, isOpen, londonDay } from "@/lib/domain/responses/deadline";
import { allEvidenceSections, hasEvidence } from "@/lib/domain/responses/evidence-copy";
import { inLanguage } from "@/lib/i18n/in-language";
import { toLocale } from "@/lib/i18n/locales";
import { requireActor } from "@/lib/server/auth/actor";
import { pageNotFound } from "@/lib/server/page-not-found";
import { responseDrafters, responseSubmitters } from "@/lib/server/responses/access";
import { getOwnResponse } from "@/lib/server/responses/get-response";
import { hasReleasedSummary } from "@/lib/server/summaries/get-own-summary";
import { copyEvidenceAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("supplier.response"))("title") };
}

type Props = { params: Promise<{ assessmentId: string }>; searchParams: Promise<{ done?: string }> };

async function ResponsePage({ params, searchParams }: Props) {
  const { assessmentId } = await params;
  const actor = await requireActor({ roles: responseDrafters, returnTo: `/responses/${assessmentId}` });
  const data = await getOwnResponse(actor, assessmentId);
  if (!data) pageNotFound();
  const { done } = await searchParams;
  const summaryReleased = await hasReleasedSummary(actor, assessmentId);
  const ts = await getTranslations("summaries.own");
  const { assessment, response } = data;
  const t = await getTranslations("supplier.response");
  const tc = await getTranslations("common");
  const tl = await getTranslations("lifecycle.supplier");
  const locale = toLocale(await getLocale());
  const now = new Date();
  const status = response?.status ?? null;
  // A cancelled procurement takes no more changes, even before its deadline.
  const open = canChange(status, assessment.responseDeadline, now) && assessment.supplierOutcome !== "cancelled";
  const base = `/responses/${assessment.id}`;
  const buyer = locale === "cy" && assessment.buyerNameCy ? assessment.buyerNameCy : assessment.buyerNameEn;
  // An answer left to come back to is in progress, not answered.
  const answered = assessment.criteria.filter((criterion) => isAnswered(response?.answers.get(criterion.id))).length;
  const deadline = momentInWords(assessment.responseDeadline, locale, { weekday: true });
  return (
    <>
      <BackLink href="/responses" text={tc("back")} />
      {done && t.has(`done.${done}`) && <SuccessBanner title={tc("success")} heading={t(`done.${done}`)} />}
      <span className="govuk-caption-l">
        {buyer} · {assessment.reference}
      </span>
      <h1 className="govuk-heading-l">
        {inLanguage(assessment.title, locale).text} <ResponseStatusTag outcome={assessment.supplierOutcome} />
      </h1>
      <p className="govuk-body" data-testid="deadline">
        {t("deadline", { deadline })}
      </p>
      {summaryReleased && (
        <div className="govuk-notification-banner" role="region" aria-labelledby="summary-released-title" data-module="govuk-notification-banner" data-testid="summary-released">
          <div className="govuk-notification-banner__header">
            <h2 className="govuk-notification-banner__title" id="summary-released-title">{ts("bannerTitle")}</h2>
          </div>
          <div className="govuk-notification-banner__content">
            <p className="govuk-notification-banner__heading">
              {ts("bannerBody")}{" "}
              <a className="govuk-notification-banner__link" href={`${base}/summary`}>{ts("link")}</a>
            </p>
          </div>
        </div>
      )}
      {["awarded", "not-awarded", "cancelled"].includes(assessment.supplierOutcome) && (
        <div className="govuk-inset-text" data-testid="outcome">
          <p className="govuk-body">{tl(`outcome.${assessment.supplierOutcome}`)}</p>
          {assessment.standstill && <StandstillDetails standstill={assessment.standstill} />}
        </div>
      )}
      {!isOpen(assessment.responseDeadline, now) && <WarningText assistiveText={tc("warning")}>{t("closed")}</WarningText>}
      {status === "submitted" && (
        <div className="govuk-inset-text">
          <p className="govuk-body">{t("submittedBody", { reference: response?.reference ?? "", submittedAt: response?.submittedAt ? momentInWords(response.submittedAt, locale) : "" })}</p>
          {canWithdraw(status, assessment.responseDeadline, now) && assessment.supplierOutcome !== "cancelled" && <p className="govuk-body">{t("changeSubmitted")}</p>}
          <p className="govuk-body">
            <a className="govuk-link" href={`${base}/confirmation`}>
              {t("seeReceipt")}
            </a>
          </p>
          {canWithdraw(status, assessment.responseDeadline, now) && assessment.supplierOutcome !== "cancelled" && responseSubmitters.includes(actor.role) && (
            <a className="govuk-button govuk-button--warning" role="button" draggable="false" data-module="govuk-button" href={`${base}/withdraw`}>
              {t("withdraw")}
            </a>
          )}
        </div>
      )}

      <h2 className="govuk-heading-m">{t("questions", { answered, total: assessment.criteria.length })}</h2>
      <ul className="govuk-task-list" data-testid="task-list">
        {assessment.criteria.map((criterion, index) => {
          const answer = response?.answers.get(criterion.id);
          const written = Boolean(answer?.answer.trim());
          const title = inLanguage(criterion.title, locale);
          return (
            <li className="govuk-task-list__item govuk-task-list__item--with-link" key={criterion.id}>
              <div className="govuk-task-list__name-and-hint">
                <a className="govuk-link govuk-task-list__link" href={`${base}/criteria/${criterion.id}`} aria-describedby={`criterion-${index}-status`} lang={title.lang}>
                  {title.text}
                </a>
              </div>
              <div className="govuk-task-list__status" id={`criterion-${index}-status`}>
                {!written ? <Tag colour="blue">{t("notStarted")}</Tag> : answer?.finished ? t("completed") : <Tag colour="light-blue">{t("inProgress")}</Tag>}
              </div>
            </li>
          );
        })}
        <li className="govuk-task-list__item govuk-task-list__item--with-link">
          <div className="govuk-task-list__name-and-hint">
            <a className="govuk-link govuk-task-list__link" href={`${base}/footprint`} aria-describedby="footprint-status">
              {t("footprint")}
            </a>
          </div>
          <div className="govuk-task-list__status" id="footprint-status">
            {response?.evidence.serviceFootprint ? t("completed") : <Tag colour="blue">{t("notStarted")}</Tag>}
          </div>
        </li>
        {assessment.conditions.length > 0 && (
          <li className="govuk-task-list__item govuk-task-list__item--with-link">
            <div className="govuk-task-list__name-and-hint">
              <a className="govuk-link govuk-task-list__link" href={`${base}/conditions`} aria-describedby="conditions-status">
                {t("conditions")}
              </a>
            </div>
            <div className="govuk-task-list__status" id="conditions-status">
              {firstUnansweredCondition(assessment.conditions, response?.evidence.gateResults) ? <Tag colour="blue">{t("notStarted")}</Tag> : t("completed")}
            </div>
          </li>
        )}
      </ul>

      <h2 className="govuk-heading-m">{t("evidenceHeading")}</h2>
      {response?.evidenceCopiedAt ? (
        <p className="govuk-body" data-testid="evidence-copied">{t("evidenceCopiedOn", { date: momentInWords(response.evidenceCopiedAt, locale) })}</p>
      ) : (
        // Evidence given another way (before copying existed, or by an import) is shown without a copy date.
        !hasEvidence(response?.evidence) && <p className="govuk-body">{t("evidenceNotCopied")}</p>
      )}
      <EvidenceSummary
        id="response-evidence"
        content={response?.evidence ?? {}}
        sections={allEvidenceSections}
        onDate={londonDay(now)}
        nation={assessment.nation}
      />
      {open && (
        <>
          <p className="govuk-body">
            {t("copyHint")}{" "}
            <a className="govuk-link" href="/evidence">
              {t("profileLink")}
            </a>
          </p>
          <ActionButton action={copyEvidenceAction.bind(null, assessment.id)} label={t("copyEvidence")} />
        </>
      )}

      {/* Once sent, or once the deadline has passed, there is nothing left to submit: the answers are there to read. */}
      <h2 className="govuk-heading-m">{open && status !== "submitted" ? t("nextHeading") : t("moreHeading")}</h2>
      <ul className="govuk-list">
        <li>
          <a className="govuk-link" href={`${base}/check`}>
            {open && status !== "submitted" ? t("checkAnswers") : t("seeAnswers")}
          </a>
        </li>
        <li>
          <a className="govuk-link" href={`${base}/questions`}>
            {t("clarifications")}
          </a>
        </li>
      </ul>
    </>
  );
}

export default withClientMessages(ResponsePage, ["errors"]);
