"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrorSummary, useFormErrors } from "@/components/forms/FormErrorSummary";
import { useCheckedForm } from "@/components/forms/useCheckedForm";
import { Button } from "@/components/govuk/Button";
import { Input } from "@/components/govuk/Input";
import { Textarea } from "@/components/govuk/Textarea";
import { withDeadline } from "@/lib/forms/deadline";
import type { FormState } from "@/lib/forms/form-state";
import { copyTemplateFields, copyTemplateSchema } from "@/lib/schemas/assessments";
import { DeadlineFields } from "./DeadlineFields";

export function CopyTemplateForm({ action }: { action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const t = useTranslations("assessments.form");
  const tt = useTranslations("templates");
  const [state, formAction, pending] = useActionState(action, { values: { deadlineTime: "12:00" } });
  const { form, errorsOf } = useCheckedForm(withDeadline(copyTemplateSchema), copyTemplateFields);
  const errors = useFormErrors(errorsOf(state));
  const v = state.values ?? {};
  return (
    <form action={formAction} noValidate key={JSON.stringify(v)} {...form}>
      <FormErrorSummary errors={errors} order={["title", "reference", "description", "annualContractValue", "deadlineDay", "deadlineTime", "form"]} />
      <Input id="title" label={t("assessmentTitle")} defaultValue={v.title} error={errors.title} />
      <Input id="reference" label={t("reference")} widthClass="govuk-input--width-20" defaultValue={v.reference} error={errors.reference} />
      <Textarea id="description" label={t("description")} hint={t("descriptionHint")} defaultValue={v.description} error={errors.description} />
      <Input id="annualContractValue" label={t("annualContractValue")} hint={t("annualContractValueHint")} widthClass="govuk-input--width-10" inputMode="numeric" defaultValue={v.annualContractValue} error={errors.annualContractValue} />
      <DeadlineFields values={v} errors={errors} />
      <Button disabled={pending}>{tt("copySubmit")}</Button>
    </form>
  );
}
