"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrorSummary, useFormErrors } from "@/components/forms/FormErrorSummary";
import { useCheckedForm } from "@/components/forms/useCheckedForm";
import { Button } from "@/components/govuk/Button";
import { DateInput } from "@/components/govuk/DateInput";
import { Input } from "@/components/govuk/Input";
import { contractTermsFields, parseContractTerms } from "@/lib/forms/contract";
import { schemaOf, type FormState } from "@/lib/forms/form-state";

/** The contract's start, end and value, checked in the browser with the action's own rules first. */
export function ContractTermsForm({ action }: { action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const t = useTranslations("contracts.make");
  const [state, formAction, pending] = useActionState(action, {});
  const { form, errorsOf } = useCheckedForm(schemaOf(parseContractTerms), contractTermsFields);
  const errors = useFormErrors(errorsOf(state));
  const v = state.values ?? {};
  const date = (prefix: "start" | "end") => [
    { name: `${prefix}Day`, label: t("day"), value: v[`${prefix}Day`], width: 2 as const },
    { name: `${prefix}Month`, label: t("month"), value: v[`${prefix}Month`], width: 2 as const },
    { name: `${prefix}Year`, label: t("year"), value: v[`${prefix}Year`], width: 4 as const },
  ];
  return (
    <form action={formAction} noValidate key={JSON.stringify(v)} {...form}>
      <FormErrorSummary errors={errors} order={["startDay", "endDay", "value", "form"]} />
      <DateInput id="startDay" legend={t("start")} hint={t("startHint")} error={errors.startDay} parts={date("start")} />
      <DateInput id="endDay" legend={t("end")} hint={t("endHint")} error={errors.endDay} parts={date("end")} />
      <Input id="value" label={t("value")} hint={t("valueHint")} error={errors.value} defaultValue={v.value} widthClass="govuk-input--width-10" spellCheck={false} />
      <Button disabled={pending}>{t("submit")}</Button>
    </form>
  );
}
