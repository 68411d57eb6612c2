"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrorSummary, useFormErrors } from "@/components/forms/FormErrorSummary";
import { useCheckedForm } from "@/components/forms/useCheckedForm";
import { Button } from "@/components/govuk/Button";
import { ErrorMessage } from "@/components/govuk/ErrorMessage";
import { Input } from "@/components/govuk/Input";
import { Radios } from "@/components/govuk/Radios";
import { Textarea } from "@/components/govuk/Textarea";
import type { FormState } from "@/lib/forms/form-state";
import { ownCriterionFields, ownCriterionRules, ownCriterionSchema } from "@/lib/schemas/assessments";

type Group = { heading: string; items: { id: string; title: string; hint: string }[] };

export function AddCriteriaForm({ action, groups }: { action: (state: FormState, formData: FormData) => Promise<FormState>; groups: Group[] }) {
  const t = useTranslations("assessments.addCriteria");
  const tr = useTranslations("rules");
  const [state, formAction, pending] = useActionState(action, {});
  const { form, errorsOf } = useCheckedForm(ownCriterionSchema, ownCriterionFields);
  const errors = useFormErrors(errorsOf(state));
  const v = state.values ?? {};
  return (
    <>
      <FormErrorSummary errors={errors} order={["frameworkCriterionIds", "ownTitle", "ownQuestion", "ownRule", "form"]} />
      <form action={formAction} noValidate key={JSON.stringify(v)} {...form}>
        {groups.map((group, groupIndex) => (
          <div className={`govuk-form-group${errors.frameworkCriterionIds && groupIndex === 0 ? " govuk-form-group--error" : ""}`} key={group.heading}>
            <fieldset className="govuk-fieldset">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{group.heading}</legend>
              {groupIndex === 0 && <ErrorMessage id="frameworkCriterionIds" message={errors.frameworkCriterionIds} />}
              <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
                {group.items.map((item, index) => (
                  <div className="govuk-checkboxes__item" key={item.id}>
                    <input className="govuk-checkboxes__input" id={groupIndex === 0 && index === 0 ? "frameworkCriterionIds" : `criterion-${item.id}`} name="frameworkCriterionIds" type="checkbox" value={item.id} aria-describedby={`hint-${item.id}`} />
                    <label className="govuk-label govuk-checkboxes__label" htmlFor={groupIndex === 0 && index === 0 ? "frameworkCriterionIds" : `criterion-${item.id}`}>
                      {item.title}
                    </label>
                    <div className="govuk-hint govuk-checkboxes__hint" id={`hint-${item.id}`}>
                      {item.hint}
                    </div>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
        ))}
        <h2 className="govuk-heading-m">{t("own")}</h2>
        <p className="govuk-body">{t("ownBody")}</p>
        <Input id="ownTitle" label={t("ownTitle")} defaultValue={v.ownTitle} error={errors.ownTitle} />
        <Textarea id="ownQuestion" label={t("ownQuestion")} defaultValue={v.ownQuestion} error={errors.ownQuestion} rows={3} />
        <Radios name="ownRule" legend={t("ownRule")} legendSize="s" items={ownCriterionRules.map((rule) => ({ value: rule, text: tr(rule) }))} value={v.ownRule ?? "OTHER"} error={errors.ownRule} />
        <Button disabled={pending}>{t("submit")}</Button>
      </form>
    </>
  );
}
