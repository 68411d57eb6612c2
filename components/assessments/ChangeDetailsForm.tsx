"use client";

import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { FormErrorSummary, useFormErrors } from "@/components/forms/FormErrorSummary";
import { useCheckedForm } from "@/components/forms/useCheckedForm";
import { Button } from "@/components/govuk/Button";
import { Checkbox } from "@/components/govuk/Checkbox";
import { Input } from "@/components/govuk/Input";
import { Radios } from "@/components/govuk/Radios";
import { Textarea } from "@/components/govuk/Textarea";
import { withDeadline } from "@/lib/forms/deadline";
import type { FormState } from "@/lib/forms/form-state";
import { changeDetailsFields, changeDetailsSchema } from "@/lib/schemas/lifecycle";
import { DeadlineFields } from "./DeadlineFields";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial: Record<string, string>;
  /** Why the Carbon Reduction Plan condition is on or off now, shown beside the value. */
  carbonReductionPlanNow: ReactNode;
};

const order = ["title", "reference", "description", "annualContractValue", "carbonReductionPlan", "deadlineDay", "deadlineTime", "languages", "form"];

/** Changing a draft's details. Further fields (Welsh title and description, say) slot in beside their English ones. */
export function ChangeDetailsForm({ action, initial, carbonReductionPlanNow }: Props) {
  const t = useTranslations("assessments.form");
  const tl = useTranslations("lifecycle.change");
  const [state, formAction, pending] = useActionState(action, { values: initial });
  const { form, errorsOf } = useCheckedForm(withDeadline(changeDetailsSchema), changeDetailsFields);
  const errors = useFormErrors(errorsOf(state));
  const v = state.values ?? initial;
  return (
    <>
      <FormErrorSummary errors={errors} order={order} />
      <h1 className="govuk-heading-l">{tl("title")}</h1>
      <form action={formAction} noValidate key={JSON.stringify(v)} {...form}>
        <input type="hidden" name="version" value={v.version} />
        <Input id="title" label={t("assessmentTitle")} hint={t("assessmentTitleHint")} defaultValue={v.title} error={errors.title} />
        <Input id="reference" label={t("reference")} hint={t("referenceHint")} widthClass="govuk-input--width-20" defaultValue={v.reference} error={errors.reference} />
        <Textarea id="description" label={t("description")} hint={t("descriptionHint")} defaultValue={v.description} error={errors.description} />
        <Input id="annualContractValue" label={t("annualContractValue")} hint={t("annualContractValueHint")} widthClass="govuk-input--width-10" inputMode="numeric" defaultValue={v.annualContractValue} error={errors.annualContractValue} />
        <div className="govuk-inset-text" data-testid="crp-now">{carbonReductionPlanNow}</div>
        <Checkbox id="carbonReductionPlan" label={t("carbonReductionPlan")} hint={t("carbonReductionPlanHint")} checked={v.carbonReductionPlan === "yes"} />
        <DeadlineFields values={v} errors={errors} />
        <Radios name="languages" legend={t("languages")} hint={t("languagesHint")} legendSize="s" items={["en+cy", "en", "cy"].map((value) => ({ value, text: t(`language.${value}`) }))} value={v.languages} error={errors.languages} />
        <Button disabled={pending}>{tl("submit")}</Button>
      </form>
    </>
  );
}
