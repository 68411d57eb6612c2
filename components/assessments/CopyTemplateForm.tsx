"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrorSummary, useFormErrors } from "@/components/forms/FormErrorSummary";
import { Button } from "@/components/govuk/Button";
import { DateInput } from "@/components/govuk/DateInput";
import { Input } from "@/components/govuk/Input";
import type { FormState } from "@/lib/forms/form-state";

export function CopyTemplateForm({ action }: { action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const t = useTranslations("assessments.form");
  const tt = useTranslations("templates");
  const [state, formAction, pending] = useActionState(action, { values: { deadlineTime: "12:00" } });
  const errors = useFormErrors(state);
  const v = state.values ?? {};
  return (
    <form action={formAction} noValidate key={JSON.stringify(v)}>
      <FormErrorSummary errors={errors} order={["title", "reference", "deadlineDay", "deadlineTime", "form"]} />
      <Input id="title" label={t("assessmentTitle")} defaultValue={v.title} error={errors.title} />
      <Input id="reference" label={t("reference")} widthClass="govuk-input--width-20" defaultValue={v.reference} error={errors.reference} />
      <DateInput
        id="deadlineDay"
        legend={t("deadline")}
        hint={t("deadlineHint")}
        error={errors.deadlineDay}
        parts={[
          { name: "deadlineDay", label: t("day"), value: v.deadlineDay, width: 2 },
          { name: "deadlineMonth", label: t("month"), value: v.deadlineMonth, width: 2 },
          { name: "deadlineYear", label: t("year"), value: v.deadlineYear, width: 4 },
        ]}
      />
      <Input id="deadlineTime" label={t("deadlineTime")} hint={t("deadlineTimeHint")} widthClass="govuk-input--width-5" defaultValue={v.deadlineTime} error={errors.deadlineTime} />
      <Button disabled={pending}>{tt("copySubmit")}</Button>
    </form>
  );
}
