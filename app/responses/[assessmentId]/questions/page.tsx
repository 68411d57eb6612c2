import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { SmallForm } from "@/components/forms/SmallForm";
import { BackLink } from "@/components/govuk/BackLink";
import { withClientMessages } from "@/components/layout/ClientMessages";
import { SuccessBanner } from "@/components/layout/SuccessBanner";
import { ClarificationList } from "@/components/supplier/ClarificationList";
import { isOpen } from "@/lib/domain/responses/deadline";
import { inLanguage } from "@/lib/i18n/in-language";
import { toLocale } from "@/lib/i18n/locales";
import { requireActor } from "@/lib/server/auth/actor";
import { listQuestionsForSupplier } from "@/lib/server/clarifications/clarifications";
import { pageNotFound } from "@/lib/server/page-not-found";
import { responseDrafters } from "@/lib/server/responses/access";
import { getOwnResponse } from "@/lib/server/responses/get-response";
import { askQuestionAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("supplier.questions"))("title") };
}

type Props = { params: Promise<{ assessmentId: string }>; searchParams: Promise<{ done?: string }> };

async function SupplierQuestionsPage({ params, searchParams }: Props) {
  const { assessmentId } = await params;
  const actor = await requireActor({ roles: responseDrafters, returnTo: `/responses/${assessmentId}/questions` });
  const [data, questions] = await Promise.all([getOwnResponse(actor, assessmentId), listQuestionsForSupplier(actor, assessmentId)]);
  if (!data || !questions) pageNotFound();
  const { done } = await searchParams;
  const t = await getTranslations("supplier.questions");
  const tc = await getTranslations("common");
  const format = await getFormatter();
  const locale = toLocale(await getLocale());
  return (
    <>
      <BackLink href={`/responses/${assessmentId}`} text={tc("back")} />
      {done && <SuccessBanner title={tc("success")} heading={t("asked")} />}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{inLanguage(data.assessment.title, locale).text}</span>
          <h1 className="govuk-heading-l">{t("title")}</h1>
          <p className="govuk-body">{t("intro")}</p>
          <ClarificationList
            questions={questions.map((question) => ({ ...question, askedOn: format.dateTime(question.createdAt, { dateStyle: "long", timeZone: "Europe/London" }), answeredOn: question.answeredAt ? format.dateTime(question.answeredAt, { dateStyle: "long", timeZone: "Europe/London" }) : null }))}
            empty={t("none")}
            labels={{ question: t("question"), answer: t("answer"), awaiting: t("awaiting"), askedByYou: t("askedByYou"), askedOn: t("askedOn"), answeredOn: t("answeredOn") }}
          />
          {isOpen(data.assessment.responseDeadline, new Date()) && (
            <>
              <h2 className="govuk-heading-m">{t("askHeading")}</h2>
              <SmallForm checks="question" action={askQuestionAction.bind(null, assessmentId)} fields={[{ kind: "textarea", name: "question", label: t("ask"), hint: t("askHint") }]} submit={t("submit")} />
            </>
          )}
        </div>
      </div>
    </>
  );
}

export default withClientMessages(SupplierQuestionsPage, ["errors"]);
