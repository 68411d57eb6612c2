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
import type { FormState } from "@/lib/forms/form-state";
import { criterionFields, criterionSchema } from "@/lib/schemas/assessments";
import { StaleWelshNote } from "./StaleWelshNote";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial: Record<string, string>;
  scale: number[];
  ownCriterion: boolean;
  /** Fields (title, question, guidance, evidence, descriptor-<point>) whose Welsh was written from English changed since. */
  staleFields?: string[];
};

const pairs = ["title", "question", "guidance", "evidence"] as const;

/** Editing one criterion in English and Welsh; the Welsh fields are marked as Welsh for assistive technology. */
export function CriterionForm({ action, initial, scale, ownCriterion, staleFields = [] }: Props) {
  const t = useTranslations("assessments.criterionForm");
  const tr = useTranslations("rules");
  const [state, formAction, pending] = useActionState(action, { values: initial });
  // The browser checks what the criterion schema says; the descriptors and the scale are checked by the action.
  const { form, errorsOf } = useCheckedForm(criterionSchema, criterionFields);
  const errors = useFormErrors(errorsOf(state));
  const v = state.values ?? initial;
  const order = [...pairs.flatMap((field) => [`${field}En`, `${field}Cy`]), "rule", "weight", "minimumScore", ...scale.flatMap((point) => [`descriptor-${point}-en`, `descriptor-${point}-cy`]), "form"];
  return (
    <>
      <FormErrorSummary errors={errors} order={order} />
      <form action={formAction} noValidate key={JSON.stringify(v)} {...form}>
        <input type="hidden" name="version" value={v.version} />
        {pairs.map((field) => {
          const Field = field === "title" ? Input : Textarea;
          return (
            <fieldset className="govuk-fieldset" key={field}>
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{t(`fields.${field}.legend`)}</legend>
              <Field id={`${field}En`} label={t("english")} hint={t(`fields.${field}.hint`)} defaultValue={v[`${field}En`]} error={errors[`${field}En`]} />
              {staleFields.includes(field) && <StaleWelshNote id={`${field}Cy`} text={t("staleWelsh")} />}
              <Field id={`${field}Cy`} label={t("welsh")} lang="cy" defaultValue={v[`${field}Cy`]} error={errors[`${field}Cy`]} />
            </fieldset>
          );
        })}
        {ownCriterion ? (
          <Radios name="rule" legend={t("rule")} legendSize="s" items={(["BR1", "BR2", "BR3", "OUTCOME", "OTHER"] as const).map((rule) => ({ value: rule, text: tr(rule) }))} value={v.rule} error={errors.rule} />
        ) : (
          <input type="hidden" name="rule" value={v.rule} />
        )}
        <Input id="weight" label={t("weight")} hint={t("weightHint")} widthClass="govuk-input--width-3" inputMode="numeric" defaultValue={v.weight} error={errors.weight} />
        <Input id="minimumScore" label={t("minimumScore")} hint={t("minimumScoreHint")} widthClass="govuk-input--width-3" inputMode="numeric" defaultValue={v.minimumScore} error={errors.minimumScore} />
        <h2 className="govuk-heading-m">{t("descriptors")}</h2>
        {scale.map((point) => (
          <fieldset className="govuk-fieldset" key={point}>
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{t("descriptorFor", { point })}</legend>
            <Input id={`descriptor-${point}-en`} label={t("english")} defaultValue={v[`descriptor-${point}-en`]} error={errors[`descriptor-${point}-en`]} />
            {staleFields.includes(`descriptor-${point}`) && <StaleWelshNote id={`descriptor-${point}-cy`} text={t("staleWelsh")} />}
            <Input id={`descriptor-${point}-cy`} label={t("welsh")} lang="cy" defaultValue={v[`descriptor-${point}-cy`]} error={errors[`descriptor-${point}-cy`]} />
          </fieldset>
        ))}
        <Checkbox id="welshConfirmed" label={t("welshConfirmed")} hint={t("welshConfirmedHint")} />
        <Button disabled={pending}>{t("submit")}</Button>
      </form>
    </>
  );
}
