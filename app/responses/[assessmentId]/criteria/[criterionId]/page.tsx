import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/forms/ActionButton";
import { BackLink } from "@/components/govuk/BackLink";
import { WarningText } from "@/components/govuk/WarningText";
import { withClientMessages } from "@/components/layout/ClientMessages";
import { SuccessBanner } from "@/components/layout/SuccessBanner";
import { AnswerForm } from "@/components/supplier/AnswerForm";
import { EvidenceSummary } from "@/components/supplier/EvidenceSummary";
import { canChange, isOpen, londonDay } from "@/lib/domain/responses/deadline";
import { evidenceSectionsFor } from "@/lib/domain/responses/evidence-copy";
import { inLanguage } from "@/lib/i18n/in-language";
import { toLocale } from "@/lib/i18n/locales";
import { requireActor } from "@/lib/server/auth/actor";
import { pageNotFound } from "@/lib/server/page-not-found";
import { responseDrafters } from "@/lib/server/responses/access";
import { getOwnResponse } from "@/lib/server/responses/get-response";
import { removeFileAction, saveAnswerAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("supplier.answer"))("title") };
}

type Props = { params: Promise<{ assessmentId: string; criterionId: string }>; searchParams: Promise<{ done?: string }> };

async function CriterionPage({ params, searchParams }: Props) {
  const { assessmentId, criterionId } = await params;
  const actor = await requireActor({ roles: responseDrafters, returnTo: `/responses/${assessmentId}/criteria/${criterionId}` });
  const data = await getOwnResponse(actor, assessmentId);
  const index = data?.assessment.criteria.findIndex((criterion) => criterion.id === criterionId) ?? -1;
  if (!data || index < 0) pageNotFound();
  const { done } = await searchParams;
  const { assessment, response } = data;
  const criterion = assessment.criteria[index];
  const t = await getTranslations("supplier.answer");
  const tc = await getTranslations("common");
  const format = await getFormatter();
  const locale = toLocale(await getLocale());
  const now = new Date();
  const base = `/responses/${assessment.id}`;
  const open = canChange(response?.status ?? null, assessment.responseDeadline, now);
  const saved = response?.answers.get(criterion.id);
  const files = response?.files.filter((file) => file.criterionId === criterion.id) ?? [];
  const next = index + 1 < assessment.criteria.length ? `${base}/criteria/${assessment.criteria[index + 1].id}` : `${base}/footprint`;
  const [title, question, guidance, evidence] = [criterion.title, criterion.question, criterion.guidance, criterion.evidence].map((text) => inLanguage(text, locale));
  const sections = evidenceSectionsFor(criterion.rule);
  return (
    <>
      <BackLink href={base} text={tc("back")} />
      {done && t.has(`done.${done}`) && <SuccessBanner title={tc("success")} heading={t(`done.${done}`)} />}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{t("caption", { number: index + 1, total: assessment.criteria.length })}</span>
          <h1 className="govuk-heading-l" lang={title.lang}>
            {title.text}
          </h1>
          {guidance.text && (
            <div className="govuk-inset-text" lang={guidance.lang}>
              <h2 className="govuk-heading-s">{t("guidance")}</h2>
              <p className="govuk-body">{guidance.text}</p>
            </div>
          )}
          {evidence.text && (
            <>
              <h2 className="govuk-heading-s">{t("evidenceAskedFor")}</h2>
              <ul className="govuk-list govuk-list--bullet" lang={evidence.lang}>
                {evidence.text.split(/\r?\n/).filter(Boolean).map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            </>
          )}
          {sections.length > 0 && (
            <>
              <h2 className="govuk-heading-s">{t("structuredEvidence")}</h2>
              <p className="govuk-body">{t("structuredEvidenceHint")}</p>
              <EvidenceSummary id="criterion-evidence" content={response?.evidence ?? {}} sections={sections} onDate={londonDay(now)} nation={assessment.nation} />
            </>
          )}
          {files.length > 0 && (
            <>
              <h2 className="govuk-heading-s">{t("files")}</h2>
              <ul className="govuk-list" data-testid="files">
                {files.map((file) => (
                  <li key={file.id}>
                    <a className="govuk-link" href={`/files/${file.id}`}>
                      {file.fileName}
                    </a>{" "}
                    ({format.number(file.size / 1024, { maximumFractionDigits: 0 })} KB, SHA-256 <code className="govuk-!-font-size-14">{file.sha256.slice(0, 12)}…</code>)
                    {open && <ActionButton action={removeFileAction.bind(null, assessment.id, criterion.id, file.id)} label={t("removeFile")} hidden={file.fileName} />}
                  </li>
                ))}
              </ul>
            </>
          )}
          {open ? (
            <AnswerForm
              action={saveAnswerAction.bind(null, assessment.id, criterion.id, next)}
              initial={{ answer: saved?.answer ?? "", language: saved?.language ?? locale, version: String(saved?.version ?? 0) }}
              question={question.text}
            />
          ) : (
            <>
              <WarningText assistiveText={tc("warning")}>{isOpen(assessment.responseDeadline, now) ? t("submittedReadOnly") : t("closedReadOnly")}</WarningText>
              <h2 className="govuk-heading-m" lang={question.lang}>
                {question.text}
              </h2>
              <div lang={saved?.language ?? "en"} data-testid="answer-read-only">
                {(saved?.answer || t("noAnswer")).split(/\r?\n/).map((line, i) => (
                  <p className="govuk-body" key={i}>
                    {line}
                  </p>
                ))}
              </div>
            </>
          )}
        </div>
      </div>
    </>
  );
}

export default withClientMessages(CriterionPage, ["errors", "supplier.answer"]);
