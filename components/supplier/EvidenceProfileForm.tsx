"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrorSummary, useFormErrors } from "@/components/forms/FormErrorSummary";
import { Button } from "@/components/govuk/Button";
import { Input } from "@/components/govuk/Input";
import { Radios } from "@/components/govuk/Radios";
import { Select } from "@/components/govuk/Select";
import { Textarea } from "@/components/govuk/Textarea";
import type { FormState } from "@/lib/forms/form-state";
import { datedItems, emissionFields, emissionName, evidenceProfileFields, fieldName, wasteFields } from "@/lib/schemas/evidence";

type Props = { action: (state: FormState, formData: FormData) => Promise<FormState>; initial: Record<string, string> };

/** The whole evidence profile on one page, section by section; every value comes back as typed when refused. */
export function EvidenceProfileForm({ action, initial }: Props) {
  const t = useTranslations("supplier.evidence");
  const tf = useTranslations("supplier.evidence.form");
  const [state, formAction, pending] = useActionState(action, { values: initial });
  const errors = useFormErrors(state);
  const v = state.values ?? initial;
  const input = (id: string, label: string, hint?: string, widthClass = "govuk-input--width-10") => <Input key={id} id={id} label={label} hint={hint} widthClass={widthClass} defaultValue={v[id]} error={errors[id]} />;
  const date = (id: string, label: string) => input(id, label, tf("dateHint"), "govuk-input--width-10");
  return (
    <>
      <FormErrorSummary errors={errors} order={evidenceProfileFields} />
      <form action={formAction} noValidate key={JSON.stringify(v)}>
        <input type="hidden" name="version" value={v.version} />
        <h2 className="govuk-heading-m">{t("kinds.carbonReductionPlan")}</h2>
        <p className="govuk-body">{tf("crpIntro")}</p>
        {input("crp_netZeroYear", tf("netZeroYear"), undefined, "govuk-input--width-4")}
        {input("crp_baselineYear", tf("baselineYear"), undefined, "govuk-input--width-4")}
        {input("crp_baselineEmissions", tf("baselineEmissions"))}
        {date("crp_periodStart", tf("periodStart"))}
        {date("crp_periodEnd", tf("periodEnd"))}
        <h3 className="govuk-heading-s">{tf("emissions")}</h3>
        <p className="govuk-body">{tf("emissionsHint")}</p>
        {emissionFields.map((path) => (
          <div key={emissionName(path)}>
            {input(emissionName(path), tf(`emission.${path[path.length - 1]}`))}
            {input(`${emissionName(path)}Zero`, tf("zeroExplanation", { item: tf(`emission.${path[path.length - 1]}`) }), undefined, "govuk-!-width-full")}
          </div>
        ))}
        <Textarea id="crp_targets" label={tf("targets")} hint={tf("targetsHint")} defaultValue={v.crp_targets} error={errors.crp_targets} rows={3} />
        <Textarea id="crp_measures" label={tf("measures")} hint={tf("measuresHint")} defaultValue={v.crp_measures} error={errors.crp_measures} rows={4} />
        {input("crp_signatoryName", tf("signatoryName"), undefined, "govuk-!-width-two-thirds")}
        <Radios name="crp_signatoryRole" legend={tf("signatoryRole")} legendSize="s" items={[{ value: "director", text: tf("director") }, { value: "equivalent", text: tf("equivalentRole") }, { value: "other", text: tf("otherRole") }]} value={v.crp_signatoryRole} error={errors.crp_signatoryRole} />
        {date("crp_signedOn", tf("signedOn"))}
        {input("crp_publicationUrl", tf("publicationUrl"), tf("urlHint"), "govuk-!-width-full")}

        {datedItems.map((item) => (
          <section key={item.kind} data-testid={`profile-${item.kind}`}>
            <h2 className="govuk-heading-m">{t(`kinds.${item.kind}`)}</h2>
            {item.fields.map((field) => {
              const id = fieldName(item.kind, field.name);
              const label = tf(`fields.${item.kind}.${field.name}`);
              if ("choices" in field) return <Select key={id} id={id} label={label} options={[{ value: "", text: tf("choose") }, ...field.choices.map((choice) => ({ value: choice, text: /^[A-D]-?$/.test(choice) ? choice : t(`values.${choice}`) }))]} value={v[id]} error={errors[id]} />;
              if ("date" in field) return date(id, label);
              return input(id, label, "url" in field ? tf("urlHint") : undefined, "url" in field ? "govuk-!-width-full" : "govuk-input--width-4");
            })}
            {date(fieldName(item.kind, "asAt"), tf("asAt"))}
            {date(fieldName(item.kind, "expiresOn"), tf("expiresOn"))}
          </section>
        ))}

        <h2 className="govuk-heading-m">{t("kinds.waste")}</h2>
        {wasteFields.map((field) => input(fieldName("waste", field), t(`waste.${field}`), undefined, "govuk-input--width-4"))}
        <Button disabled={pending}>{tf("submit")}</Button>
      </form>
    </>
  );
}
