import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { SmallForm } from "@/components/forms/SmallForm";
import { BackLink } from "@/components/govuk/BackLink";
import { withClientMessages } from "@/components/layout/ClientMessages";
import { SuccessBanner } from "@/components/layout/SuccessBanner";
import { ClarificationList } from "@/components/supplier/ClarificationList";
import { assessmentTitle } from "@/lib/i18n/assessment-title";
import { toLocale } from "@/lib/i18n/locales";
import { assessmentReaders, canEdit } from "@/lib/server/assessments/access";
import { requireActor } from "@/lib/server/auth/actor";
import { listQuestionsForBuyer } from "@/lib/server/clarifications/clarifications";
import { pageNotFound } from "@/lib/server/page-not-found";
import { answerQuestionAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("supplier.officerQuestions"))("title") };
}

type Props = { params: Promise<{ assessmentId: string }>; searchParams: Promise<{ done?: string }> };

async function OfficerQuestionsPage({ params, searchParams }: Props) {
  const { assessmentId } = await params;
  const actor = await requireActor({ roles: assessmentReaders, returnTo: `/assessments/${assessmentId}/questions` });
  const data = await listQuestionsForBuyer(actor, assessmentId);
  if (!data) pageNotFound();
  const { done } = await searchParams;
  const t = await getTranslations("supplier.officerQuestions");
  const tq = await getTranslations("supplier.questions");
  const tc = await getTranslations("common");
  const tl = await getTranslations("lifecycle.clarifications");
  const format = await getFormatter();
  const wordingOf = new Map(data.questions.map((question) => [question.id, question.publishedQuestion ?? question.question]));
  const day = (date: Date) => format.dateTime(date, { dateStyle: "long", timeZone: "Europe/London" });
  return (
    <>
      <BackLink href={`/assessments/${assessmentId}`} text={tc("back")} />
      {done && <SuccessBanner title={tc("success")} heading={t("answered")} />}
      <span className="govuk-caption-l">
        {data.assessment.reference} · {assessmentTitle(data.assessment, toLocale(await getLocale()))}
      </span>
      <h1 className="govuk-heading-l">{t("title")}</h1>
      <p className="govuk-body">{t("intro")}</p>
      <ClarificationList
        questions={data.questions.map((question) => ({
          ...question,
          // Published: the wording suppliers read. Not yet: the words as asked, with the wording to be published below.
          question: question.answeredAt && question.publishedQuestion ? question.publishedQuestion : question.question,
          askedOn: day(question.createdAt),
          answeredOn: question.answeredAt ? day(question.answeredAt) : null,
        }))}
        empty={t("none")}
        labels={{ question: tq("question"), answer: tq("answer"), awaiting: tq("awaiting"), askedOn: tq("askedOn"), answeredOn: tq("answeredOn") }}
        answerForm={
          canEdit(actor)
            ? (question) => (
                question.answer ? (
                  <SmallForm
                    checks="clarificationAnswer"
                    action={answerQuestionAction.bind(null, assessmentId, question.id)}
                    idPrefix={`q-${question.id}-`}
                    fields={[{ kind: "textarea", name: "answer", label: t("correct"), hint: t("answerHint") }]}
                    submit={t("correctSubmit")}
                  />
                ) : (
                  // One form: the question is published in the wording on it, together with the answer.
                  <div id={`q-${question.id}`}>
                    <SmallForm
                      checks="clarificationAnswer"
                    action={answerQuestionAction.bind(null, assessmentId, question.id)}
                      idPrefix={`q-${question.id}-`}
                      fields={[
                        { kind: "textarea", name: "wording", label: tl("wordingLabel"), hint: tl("wordingHint"), defaultValue: wordingOf.get(question.id) },
                        { kind: "textarea", name: "answer", label: t("answerLabel"), hint: t("answerHint") },
                      ]}
                      submit={t("submit")}
                    />
                  </div>
                )
              )
            : undefined
        }
      />
    </>
  );
}

export default withClientMessages(OfficerQuestionsPage, ["errors"]);
