"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrorSummary, useFormErrors } from "@/components/forms/FormErrorSummary";
import { useCheckedForm } from "@/components/forms/useCheckedForm";
import { Button } from "@/components/govuk/Button";
import { Checkbox } from "@/components/govuk/Checkbox";
import { Input } from "@/components/govuk/Input";
import { Radios } from "@/components/govuk/Radios";
import { Textarea } from "@/components/govuk/Textarea";
import { procurementCategories } from "@/lib/domain/assessment-setup/procurement-category";
import type { FormState } from "@/lib/forms/form-state";
import { assessmentTextFields, assessmentTextSchema } from "@/lib/schemas/assessments";
import { StaleWelshNote } from "./StaleWelshNote";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial: Record<string, string>;
  /** Fields ("title", "description") whose Welsh was written from English that has changed since. */
  staleFields: string[];
  welsh: boolean;
};

const order = ["title", "titleCy", "description", "descriptionCy", "procurementCategory", "awardShare", "welshConfirmed", "form"];

/** The assessment's title and description in English and Welsh, what is bought and the share of the award it decides. */
export function AssessmentTextForm({ action, initial, staleFields, welsh }: Props) {
  const t = useTranslations("assessments.text");
  const tf = useTranslations("assessments.form");
  const [state, formAction, pending] = useActionState(action, { values: initial });
  const { form, errorsOf } = useCheckedForm(assessmentTextSchema, assessmentTextFields);
  const errors = useFormErrors(errorsOf(state));
  const v = state.values ?? initial;
  return (
    <>
      <FormErrorSummary errors={errors} order={order} />
      <h1 className="govuk-heading-l">{t("title")}</h1>
      <form action={formAction} noValidate key={JSON.stringify(v)} {...form}>
        <input type="hidden" name="version" value={v.version} />
        <input type="hidden" name="languages" value={v.languages} />
        {(["title", "description"] as const).map((field) => {
          const Field = field === "title" ? Input : Textarea;
          return (
            <fieldset className="govuk-fieldset" key={field}>
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{t(`${field}Legend`)}</legend>
              <Field id={field} label={t("english")} defaultValue={v[field]} error={errors[field]} />
              {welsh && staleFields.includes(field) && <StaleWelshNote id={`${field}Cy`} text={t("staleWelsh")} />}
              {welsh && <Field id={`${field}Cy`} label={t("welsh")} lang="cy" defaultValue={v[`${field}Cy`]} error={errors[`${field}Cy`]} />}
            </fieldset>
          );
        })}
        {!welsh && (
          <>
            <input type="hidden" name="titleCy" value={v.titleCy} />
            <input type="hidden" name="descriptionCy" value={v.descriptionCy} />
          </>
        )}
        <Radios name="procurementCategory" legend={tf("procurementCategory")} legendSize="s" items={procurementCategories.map((category) => ({ value: category, text: tf(`category.${category}`) }))} value={v.procurementCategory} error={errors.procurementCategory} />
        <Input id="awardShare" label={tf("awardShare")} hint={tf("awardShareHint")} widthClass="govuk-input--width-3" inputMode="numeric" defaultValue={v.awardShare} error={errors.awardShare} />
        {welsh && <Checkbox id="welshConfirmed" label={t("welshConfirmed")} hint={t("welshConfirmedHint")} />}
        <Button disabled={pending}>{t("submit")}</Button>
      </form>
    </>
  );
}
