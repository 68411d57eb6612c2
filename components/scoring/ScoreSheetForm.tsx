"use client";

import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { FormErrorSummary } from "@/components/forms/FormErrorSummary";
import { useCheckedForm } from "@/components/forms/useCheckedForm";
import { Button } from "@/components/govuk/Button";
import { Textarea } from "@/components/govuk/Textarea";
import { WarningText } from "@/components/govuk/WarningText";
import type { FormState } from "@/lib/forms/form-state";
import { justificationField, scoreDraftSchema, scoreField, scoreSheetFields, scoreSheetSchema } from "@/lib/schemas/scoring";
import { RadioGroup, type RadioOption } from "./RadioGroup";

type Criterion = { id: string; heading: string; title: string; context: ReactNode; options: RadioOption[] };

/**
 * Every criterion's score and justification, submitted together. The supplier's answer, evidence and the pre-score
 * sit beside each criterion (rendered on the server as `context`). Refused input comes back with every value kept;
 * a sheet saved as a draft comes back when the evaluator returns.
 */
export function ScoreSheetForm({ action, criteria, draft }: { action: (state: FormState, formData: FormData) => Promise<FormState>; criteria: Criterion[]; draft: Record<string, string> | null }) {
  const t = useTranslations("scoring");
  const te = useTranslations("errors");
  const tc = useTranslations("common");
  const [state, formAction, pending] = useActionState(action, {});
  const ids = criteria.map((criterion) => criterion.id);
  const scale = criteria[0]?.options.map((option) => Number(option.value)) ?? [];
  const { form, errorsOf } = useCheckedForm((values) => (values.intent === "draft" ? scoreDraftSchema(ids, scale) : scoreSheetSchema(ids, scale)), [...scoreSheetFields(ids), "intent"]);
  const checked = errorsOf(state);
  const titleOf = (field: string) => criteria.find((c) => field === scoreField(c.id) || field === justificationField(c.id))?.title ?? "";
  const errors: Record<string, string> = {};
  for (const [field, key] of Object.entries(checked.errors ?? {})) {
    errors[field] = key === "unexpected" ? te("unexpected", { reference: state.reference ?? "" }) : te(key, { title: titleOf(field) });
  }
  const values = state.values ?? draft ?? {};
  return (
    <form action={formAction} noValidate key={JSON.stringify(values)} {...form}>
      <FormErrorSummary errors={errors} order={[...criteria.flatMap((c) => [scoreField(c.id), justificationField(c.id)]), "form"]} />
      {criteria.map((criterion) => (
        <section key={criterion.id} className="govuk-!-margin-bottom-8" aria-labelledby={`heading-${criterion.id}`}>
          <h2 className="govuk-heading-m" id={`heading-${criterion.id}`}>
            {criterion.heading}
          </h2>
          {criterion.context}
          <RadioGroup id={scoreField(criterion.id)} name={scoreField(criterion.id)} legend={t("scoreLegend", { title: criterion.title })} hint={t("scoreHint")} items={criterion.options} value={values[scoreField(criterion.id)]} error={errors[scoreField(criterion.id)]} />
          <Textarea id={justificationField(criterion.id)} label={t("justification", { title: criterion.title })} labelClass="govuk-label--s" hint={t("justificationHint")} error={errors[justificationField(criterion.id)]} defaultValue={values[justificationField(criterion.id)]} rows={4} />
        </section>
      ))}
      <WarningText assistiveText={tc("warning")}>{t("sheetWarning")}</WarningText>
      <div className="govuk-button-group">
        <Button disabled={pending}>{t("submit")}</Button>
        <Button variant="secondary" name="intent" value="draft" disabled={pending}>
          {t("saveDraft")}
        </Button>
      </div>
    </form>
  );
}
