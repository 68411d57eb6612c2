"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { FormErrorSummary, useFormErrors } from "@/components/forms/FormErrorSummary";
import { useCheckedForm } from "@/components/forms/useCheckedForm";
import { Button } from "@/components/govuk/Button";
import { Input } from "@/components/govuk/Input";
import type { FormState } from "@/lib/forms/form-state";
import { typedWeight, weightsSchema } from "@/lib/schemas/assessments";

type Props = { action: (state: FormState, formData: FormData) => Promise<FormState>; criteria: { id: string; title: string; rule: string }[]; initial: Record<string, string> };

/**
 * All weights on one page. With JavaScript the running total follows the typing and each weight is checked before
 * sending; the server checks them either way.
 */
export function WeightsForm({ action, criteria, initial }: Props) {
  const t = useTranslations("assessments.weights");
  const tr = useTranslations("rules");
  const [state, formAction, pending] = useActionState(action, { values: initial });
  const { form, errorsOf } = useCheckedForm(weightsSchema, [...criteria.map((criterion) => `weight-${criterion.id}`), "version"]);
  // Each problem names its criterion: "Weight for Net zero commitment must be a whole number from 0 to 100".
  const errors = useFormErrors(errorsOf(state), Object.fromEntries(criteria.map((criterion) => [`weight-${criterion.id}`, criterion.title])));
  const v = state.values ?? initial;
  const [typed, setTyped] = useState<Record<string, string>>(v);
  // Counted as the action reads them: a weight that is not a whole number from 0 to 100 adds nothing.
  const total = criteria.reduce((sum, criterion) => sum + (typedWeight(typed[`weight-${criterion.id}`] ?? "") ?? 0), 0);
  return (
    <>
      <FormErrorSummary errors={errors} order={[...criteria.map((c) => `weight-${c.id}`), "form"]} />
      <form
        action={formAction}
        noValidate
        key={JSON.stringify(v)}
        {...form}
        onInput={(event) => {
          const input = event.target;
          if (input instanceof HTMLInputElement) setTyped((current) => ({ ...current, [input.name]: input.value }));
        }}
      >
        <input type="hidden" name="version" value={v.version} />
        {criteria.map((criterion) => (
          <Input key={criterion.id} id={`weight-${criterion.id}`} label={`${criterion.title} (${tr(criterion.rule)})`} widthClass="govuk-input--width-3" inputMode="numeric" defaultValue={v[`weight-${criterion.id}`]} error={errors[`weight-${criterion.id}`]} />
        ))}
        <p className="govuk-body govuk-!-font-weight-bold" aria-live="polite" data-testid="running-total">
          {t("runningTotal", { total })}
        </p>
        <Button disabled={pending}>{t("submit")}</Button>
      </form>
    </>
  );
}
