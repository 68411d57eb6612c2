import type { ReactNode } from "react";
import { Tag } from "@/components/govuk/Tag";

type Question = { id: string; question: string; answer: string | null; askedOn: string; answeredOn: string | null; askedByYou?: boolean };
type Labels = { question: string; answer: string; awaiting: string; askedByYou?: string; askedOn: string; answeredOn: string };

/** Clarification questions and their published answers, never saying which supplier asked. */
export function ClarificationList({ questions, empty, labels, answerForm }: { questions: Question[]; empty: string; labels: Labels; answerForm?: (question: Question) => ReactNode }) {
  if (questions.length === 0) return <p className="govuk-body" data-testid="no-clarifications">{empty}</p>;
  return (
    <div data-testid="clarifications">
      {questions.map((question, index) => (
        <div className="govuk-summary-card" key={question.id}>
          <div className="govuk-summary-card__title-wrapper">
            <h2 className="govuk-summary-card__title">
              {labels.question} {index + 1} {question.askedByYou && labels.askedByYou && <Tag colour="grey">{labels.askedByYou}</Tag>}
            </h2>
          </div>
          <div className="govuk-summary-card__content">
            <dl className="govuk-summary-list">
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">{labels.question}</dt>
                <dd className="govuk-summary-list__value">
                  <p className="govuk-body">{question.question}</p>
                  <p className="govuk-hint govuk-!-margin-bottom-0">{labels.askedOn} {question.askedOn}</p>
                </dd>
              </div>
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">{labels.answer}</dt>
                <dd className="govuk-summary-list__value">
                  {question.answer ? (
                    <>
                      <p className="govuk-body">{question.answer}</p>
                      <p className="govuk-hint govuk-!-margin-bottom-0">{labels.answeredOn} {question.answeredOn}</p>
                    </>
                  ) : (
                    <Tag colour="yellow">{labels.awaiting}</Tag>
                  )}
                </dd>
              </div>
            </dl>
            {answerForm?.(question)}
          </div>
        </div>
      ))}
    </div>
  );
}
