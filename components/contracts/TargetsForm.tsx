"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrorSummary, useFormErrors } from "@/components/forms/FormErrorSummary";
import { useCheckedForm } from "@/components/forms/useCheckedForm";
import { Button } from "@/components/govuk/Button";
import { Input } from "@/components/govuk/Input";
import { parseTargets } from "@/lib/forms/contract-targets";
import { schemaOf, type FormState } from "@/lib/forms/form-state";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** Each KPI with its name, unit and one field per contract year. */
  kpis: { kind: string; name: string; unit: string; fields: { name: string; year: number }[] }[];
  initial: Record<string, string>;
  cancel: string;
};

/** The officer's targets: one box per KPI and contract year, blank for no target. */
export function TargetsForm({ action, kpis, initial, cancel }: Props) {
  const t = useTranslations("contracts.targets");
  const tk = useTranslations("contracts.kpis");
  const fields = kpis.flatMap((kpi) => kpi.fields.map((field) => field.name));
  const [state, formAction, pending] = useActionState(action, { values: initial });
  const { form, errorsOf } = useCheckedForm(schemaOf(parseTargets), fields);
  const labels = Object.fromEntries(kpis.flatMap((kpi) => kpi.fields.map((field) => [field.name, t("targetLabel", { kpi: kpi.name, year: field.year })])));
  const errors = useFormErrors(errorsOf(state), labels);
  const v = state.values ?? initial;
  return (
    <form action={formAction} noValidate key={JSON.stringify(v)} {...form}>
      <FormErrorSummary errors={errors} order={[...fields, "form"]} />
      {kpis.map((kpi) => (
        <fieldset className="govuk-fieldset" key={kpi.kind}>
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
            {kpi.name} ({kpi.unit})
          </legend>
          {kpi.fields.map((field) => (
            <Input key={field.name} id={field.name} label={tk("yearColumn", { year: field.year })} error={errors[field.name]} defaultValue={v[field.name]} inputMode="decimal" widthClass="govuk-input--width-10" spellCheck={false} />
          ))}
        </fieldset>
      ))}
      <input type="hidden" name="version" value={v.version ?? ""} />
      <div className="govuk-button-group">
        <Button disabled={pending}>{t("submit")}</Button>
        <a className="govuk-link" href={cancel}>
          {t("cancel")}
        </a>
      </div>
    </form>
  );
}
