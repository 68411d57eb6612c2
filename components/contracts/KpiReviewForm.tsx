"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrorSummary, useFormErrors } from "@/components/forms/FormErrorSummary";
import { useCheckedForm } from "@/components/forms/useCheckedForm";
import { Button } from "@/components/govuk/Button";
import { Radios } from "@/components/govuk/Radios";
import { Textarea } from "@/components/govuk/Textarea";
import type { FormState } from "@/lib/forms/form-state";
import { kpiReviewFields, kpiReviewSchema } from "@/lib/schemas/contracts";

/** The specialist's review of one KPI: agree or query, on or off track, and why. */
export function KpiReviewForm({ action, initial }: { action: (state: FormState, formData: FormData) => Promise<FormState>; initial: Record<string, string> }) {
  const t = useTranslations("contracts.review");
  const ts = useTranslations("contracts.status");
  const [state, formAction, pending] = useActionState(action, { values: initial });
  const { form, errorsOf } = useCheckedForm(kpiReviewSchema, kpiReviewFields);
  const errors = useFormErrors(errorsOf(state));
  const v = state.values ?? initial;
  return (
    <form action={formAction} noValidate key={JSON.stringify(v)} {...form}>
      <FormErrorSummary errors={errors} order={[...kpiReviewFields, "form"]} />
      <Radios
        name="outcome"
        legend={t("outcome")}
        legendSize="s"
        value={v.outcome}
        error={errors.outcome}
        items={[
          { value: "agreed", text: t("agreed"), hint: t("agreedHint") },
          { value: "queried", text: t("queried"), hint: t("queriedHint") },
        ]}
      />
      <Radios
        name="status"
        legend={t("status")}
        legendSize="s"
        value={v.status}
        error={errors.status}
        items={[
          { value: "on-track", text: ts("on-track") },
          { value: "off-track", text: ts("off-track") },
        ]}
      />
      <Textarea id="reason" label={t("reason")} hint={t("reasonHint")} error={errors.reason} defaultValue={v.reason} rows={4} />
      <Button disabled={pending}>{t("submit")}</Button>
    </form>
  );
}
