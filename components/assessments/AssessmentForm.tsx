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
import { withDeadline } from "@/lib/forms/deadline";
import type { FormState } from "@/lib/forms/form-state";
import { createAssessmentFields, createAssessmentSchema } from "@/lib/schemas/assessments";
import { DeadlineFields } from "./DeadlineFields";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial: Record<string, string>;
  scaleOptions: { value: string; text: string }[];
};

const order = ["title", "titleCy", "reference", "description", "descriptionCy", "procurementCategory", "awardShare", "nation", "annualContractValue", "carbonReductionPlan", "deadlineDay", "deadlineTime", "languages", "level", "scale", "divergenceThreshold", "form"];

/** Creating an assessment: every field comes back as typed when something needs correcting. */
export function AssessmentForm({ action, initial, scaleOptions }: Props) {
  const t = useTranslations("assessments.form");
  const tn = useTranslations("nations");
  const [state, formAction, pending] = useActionState(action, { values: initial });
  const { form, errorsOf } = useCheckedForm(withDeadline(createAssessmentSchema), createAssessmentFields);
  const errors = useFormErrors(errorsOf(state));
  const v = state.values ?? initial;
  // Remount the fields when the server sends values back, so that uncontrolled inputs show them.
  const k = JSON.stringify(v);
  return (
    <>
      <FormErrorSummary errors={errors} order={order} />
      <h1 className="govuk-heading-l">{t("title")}</h1>
      <form action={formAction} noValidate key={k} {...form}>
        <h2 className="govuk-heading-m">{t("procurement")}</h2>
        <Input id="title" label={t("assessmentTitle")} hint={t("assessmentTitleHint")} defaultValue={v.title} error={errors.title} />
        <Input id="titleCy" label={t("assessmentTitleCy")} hint={t("assessmentTitleCyHint")} lang="cy" defaultValue={v.titleCy} error={errors.titleCy} />
        <Input id="reference" label={t("reference")} hint={t("referenceHint")} widthClass="govuk-input--width-20" defaultValue={v.reference} error={errors.reference} />
        <Textarea id="description" label={t("description")} hint={t("descriptionHint")} defaultValue={v.description} error={errors.description} />
        <Textarea id="descriptionCy" label={t("descriptionCy")} lang="cy" defaultValue={v.descriptionCy} error={errors.descriptionCy} />
        <Radios name="procurementCategory" legend={t("procurementCategory")} legendSize="s" items={procurementCategories.map((category) => ({ value: category, text: t(`category.${category}`) }))} value={v.procurementCategory} error={errors.procurementCategory} />
        <Input id="awardShare" label={t("awardShare")} hint={t("awardShareHint")} widthClass="govuk-input--width-3" inputMode="numeric" defaultValue={v.awardShare} error={errors.awardShare} />
        <Radios name="nation" legend={t("nation")} hint={t("nationHint")} legendSize="s" items={(["england", "wales", "scotland", "northern-ireland"] as const).map((nation) => ({ value: nation, text: tn(nation) }))} value={v.nation} error={errors.nation} />
        <Input id="annualContractValue" label={t("annualContractValue")} hint={t("annualContractValueHint")} widthClass="govuk-input--width-10" inputMode="numeric" defaultValue={v.annualContractValue} error={errors.annualContractValue} />
        <Checkbox id="carbonReductionPlan" label={t("carbonReductionPlan")} hint={t("carbonReductionPlanHint")} checked={v.carbonReductionPlan === "yes"} />
        <DeadlineFields values={v} errors={errors} />
        <Radios name="languages" legend={t("languages")} hint={t("languagesHint")} legendSize="s" items={["en+cy", "en", "cy"].map((value) => ({ value, text: t(`language.${value}`) }))} value={v.languages} error={errors.languages} />
        <h2 className="govuk-heading-m">{t("criteria")}</h2>
        <Radios
          name="level"
          legend={t("level")}
          legendSize="s"
          items={[
            { value: "2020", text: t("level2020"), hint: t("level2020Hint") },
            { value: "2025", text: t("level2025"), hint: t("level2025Hint") },
          ]}
          value={v.level}
          error={errors.level}
        />
        <Radios name="scale" legend={t("scale")} hint={t("scaleHint")} legendSize="s" items={scaleOptions} value={v.scale} error={errors.scale} />
        <Input id="divergenceThreshold" label={t("divergenceThreshold")} hint={t("divergenceThresholdHint")} widthClass="govuk-input--width-3" inputMode="numeric" defaultValue={v.divergenceThreshold} error={errors.divergenceThreshold} />
        <Button disabled={pending}>{t("submit")}</Button>
      </form>
    </>
  );
}
