"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrorSummary, useFormErrors } from "@/components/forms/FormErrorSummary";
import { useCheckedForm } from "@/components/forms/useCheckedForm";
import { Button } from "@/components/govuk/Button";
import { Radios } from "@/components/govuk/Radios";
import type { FormState } from "@/lib/forms/form-state";
import { conditionField, conditionsSchema, questionField } from "@/lib/schemas/responses";

export type ConditionItem = { id: string; question: string };
export type QuestionItem = { id: string; title: string; href: string };

/**
 * A form's errors translated, those about a condition of participation or a question naming it (their field is the
 * condition's or the question's).
 */
export function useConditionErrors(state: FormState, conditions: readonly ConditionItem[], questions: readonly QuestionItem[] = []) {
  const t = useTranslations("errors");
  const named = new Map<string, Record<string, string>>([
    ...conditions.map((condition) => [conditionField(condition.id), { condition: condition.question }] as const),
    ...questions.map((question) => [questionField(question.id), { question: question.title }] as const),
  ]);
  const entries = Object.entries(state.errors ?? {});
  const errors = useFormErrors({ ...state, errors: Object.fromEntries(entries.filter(([field]) => !named.has(field))) });
  for (const [field, key] of entries) if (named.has(field)) errors[field] = t(key, named.get(field)!);
  return errors;
}

type Props = { action: (state: FormState, formData: FormData) => Promise<FormState>; conditions: ConditionItem[]; initial: Record<string, string> };

/** Yes or no for each pass/fail condition of participation: the supplier declares whether it meets it. */
export function ConditionsForm({ action, conditions, initial }: Props) {
  const t = useTranslations("supplier.conditions");
  const [state, formAction, pending] = useActionState(action, { values: initial });
  const fields = conditions.map((condition) => conditionField(condition.id));
  const { form, errorsOf } = useCheckedForm(conditionsSchema(conditions.map((condition) => condition.id)), fields);
  const errors = useConditionErrors(errorsOf(state), conditions);
  const v = state.values ?? initial;
  return (
    <>
      <FormErrorSummary errors={errors} order={[...fields, "form"]} />
      <form action={formAction} noValidate key={JSON.stringify(v)} {...form}>
        {conditions.map((condition) => {
          const field = conditionField(condition.id);
          return (
            <Radios
              key={condition.id}
              name={field}
              legend={condition.question}
              legendSize="s"
              hint={t("question")}
              inline
              items={[
                { value: "yes", text: t("yes") },
                { value: "no", text: t("no") },
              ]}
              value={v[field]}
              error={errors[field]}
            />
          );
        })}
        <Button disabled={pending}>{t("submit")}</Button>
      </form>
    </>
  );
}
