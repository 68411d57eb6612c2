"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrorSummary, useFormErrors } from "@/components/forms/FormErrorSummary";
import { Button } from "@/components/govuk/Button";
import { Radios } from "@/components/govuk/Radios";
import { Textarea } from "@/components/govuk/Textarea";
import { useCheckedForm } from "@/components/forms/useCheckedForm";
import type { FormState } from "@/lib/forms/form-state";
import { conflictFields, conflictSchema } from "@/lib/schemas/scoring";

/** The declaration an evaluator makes before seeing a supplier's response. Works as a plain HTML form. */
export function ConflictForm({ action, supplier }: { action: (state: FormState, formData: FormData) => Promise<FormState>; supplier: string }) {
  const t = useTranslations("scoring.conflictForm");
  const [state, formAction, pending] = useActionState(action, {});
  const { form, errorsOf } = useCheckedForm(conflictSchema, conflictFields);
  const errors = useFormErrors(errorsOf(state));
  return (
    <form action={formAction} noValidate key={JSON.stringify(state.values ?? {})} {...form}>
      <FormErrorSummary errors={errors} order={["hasConflict", "details", "form"]} />
      <Radios
        name="hasConflict"
        legend={t("legend", { supplier })}
        items={[
          { value: "no", text: t("no") },
          { value: "yes", text: t("yes") },
        ]}
        value={state.values?.hasConflict}
        error={errors.hasConflict}
      />
      <Textarea id="details" label={t("details")} hint={t("detailsHint")} error={errors.details} defaultValue={state.values?.details} rows={4} />
      <Button disabled={pending}>{t("submit")}</Button>
    </form>
  );
}
