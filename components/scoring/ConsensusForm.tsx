"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrorSummary, useFormErrors } from "@/components/forms/FormErrorSummary";
import { Button } from "@/components/govuk/Button";
import { Textarea } from "@/components/govuk/Textarea";
import { useCheckedForm } from "@/components/forms/useCheckedForm";
import type { FormState } from "@/lib/forms/form-state";
import { consensusFields, consensusSchema } from "@/lib/schemas/scoring";
import { RadioGroup, type RadioOption } from "./RadioGroup";

/** The officer records the consensus score for one divergent criterion, with its rationale. */
export function ConsensusForm({ action, idPrefix, options }: { action: (state: FormState, formData: FormData) => Promise<FormState>; idPrefix: string; options: RadioOption[] }) {
  const t = useTranslations("moderation");
  const [state, formAction, pending] = useActionState(action, {});
  const { form, errorsOf } = useCheckedForm(consensusSchema(options.map((option) => Number(option.value))), consensusFields);
  const errors = useFormErrors(errorsOf(state));
  const ids = { score: `${idPrefix}score`, rationale: `${idPrefix}rationale` };
  const summary = Object.fromEntries(Object.entries(errors).map(([field, message]) => [ids[field as keyof typeof ids] ?? field, message]));
  return (
    <form action={formAction} noValidate key={JSON.stringify(state.values ?? {})} {...form}>
      <FormErrorSummary errors={summary} order={[ids.score, ids.rationale, "form"]} />
      <RadioGroup id={ids.score} name="score" legend={t("scoreLegend")} items={options} value={state.values?.score} error={errors.score} />
      <Textarea id={ids.rationale} name="rationale" label={t("rationaleLabel")} labelClass="govuk-label--s" hint={t("rationaleHint")} error={errors.rationale} defaultValue={state.values?.rationale} rows={3} />
      <Button variant="secondary" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
