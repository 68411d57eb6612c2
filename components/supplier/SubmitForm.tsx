"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrorSummary } from "@/components/forms/FormErrorSummary";
import { useCheckedForm } from "@/components/forms/useCheckedForm";
import { Button } from "@/components/govuk/Button";
import { Checkbox } from "@/components/govuk/Checkbox";
import type { FormState } from "@/lib/forms/form-state";
import { checkAnswersField, conditionField, questionField, submitResponseFields, submitResponseSchema } from "@/lib/schemas/responses";
import { useConditionErrors, type ConditionItem, type QuestionItem } from "./ConditionsForm";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  organisation: string;
  conditions: ConditionItem[];
  /** The questions, each with its page: a refusal about one names it and links there. */
  questions: QuestionItem[];
  /** The response's version as this page shows it: the declaration covers exactly that. */
  version: number;
  /** The check answers page, to read again when the response changed since this page was shown. */
  checkHref: string;
};

/**
 * The declaration and the submit button; a refusal (late, incomplete, a condition unanswered) is named and the tick
 * kept. When the response changed since the page was shown, the tick is cleared and the error links back to
 * check the answers again.
 */
export function SubmitForm({ action, organisation, conditions, questions, version, checkHref }: Props) {
  const t = useTranslations("supplier.check");
  const [state, formAction, pending] = useActionState(action, {});
  const { form, errorsOf } = useCheckedForm(submitResponseSchema, submitResponseFields);
  const errors = useConditionErrors(errorsOf(state), conditions, questions);
  const changed = Boolean(errors[checkAnswersField]);
  return (
    <>
      <FormErrorSummary
        errors={errors}
        order={[checkAnswersField, "declaration", ...questions.map((question) => questionField(question.id)), ...conditions.map((condition) => conditionField(condition.id)), "form"]}
        links={{ [checkAnswersField]: checkHref, ...Object.fromEntries(questions.map((question) => [questionField(question.id), question.href])) }}
      />
      <form action={formAction} noValidate key={JSON.stringify(state.values ?? {})} {...form}>
        <input type="hidden" name="version" value={version} />
        <h2 className="govuk-heading-m">{t("declarationHeading")}</h2>
        <Checkbox id="declaration" label={t("declaration", { organisation })} checked={!changed && state.values?.declaration === "yes"} error={errors.declaration} />
        <Button disabled={pending}>{t("submit")}</Button>
      </form>
    </>
  );
}
