"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrorSummary, useFormErrors } from "@/components/forms/FormErrorSummary";
import { useCheckedForm } from "@/components/forms/useCheckedForm";
import { Button } from "@/components/govuk/Button";
import { DateInput } from "@/components/govuk/DateInput";
import { Input } from "@/components/govuk/Input";
import { Radios } from "@/components/govuk/Radios";
import { Select } from "@/components/govuk/Select";
import { Textarea } from "@/components/govuk/Textarea";
import type { FormState } from "@/lib/forms/form-state";
import { dateParts, datedItems, emissionFields, emissionName, evidenceProfileFields, evidenceProfileSchema, fieldName, policyFields, supplyChainPercentFields, supplyChainPracticeFields, wasteFields } from "@/lib/schemas/evidence";

type Props = { action: (state: FormState, formData: FormData) => Promise<FormState>; initial: Record<string, string> };

/**
 * The whole evidence profile on one page, section by section; every value comes back as typed when refused, and
 * every problem names its field.
 */
export function EvidenceProfileForm({ action, initial }: Props) {
  const t = useTranslations("supplier.evidence");
  const tf = useTranslations("supplier.evidence.form");
  const [state, formAction, pending] = useActionState(action, { values: initial });
  const labels = useLabels();
  const { form, errorsOf } = useCheckedForm(evidenceProfileSchema, evidenceProfileFields);
  const errors = useFormErrors(errorsOf(state), labels);
  const v = state.values ?? initial;
  const input = (id: string, hint?: string, widthClass = "govuk-input--width-10") => <Input key={id} id={id} label={labels[id]} hint={hint} widthClass={widthClass} defaultValue={v[id]} error={errors[id]} />;
  const date = (id: string, legend = labels[id]) => {
    const [day, month, year] = dateParts(id);
    return (
      <DateInput
        key={id}
        id={id}
        legend={legend}
        hint={tf("dateHint")}
        error={errors[id]}
        parts={[
          { name: day, label: tf("day"), value: v[day], width: 2 },
          { name: month, label: tf("month"), value: v[month], width: 2 },
          { name: year, label: tf("year"), value: v[year], width: 4 },
        ]}
      />
    );
  };
  const yesNo = (id: string) => <Radios key={id} name={id} legend={labels[id]} legendSize="s" inline items={[{ value: "yes", text: tf("yes") }, { value: "no", text: tf("no") }]} value={v[id]} error={errors[id]} />;
  return (
    <>
      <FormErrorSummary errors={errors} order={evidenceProfileFields} />
      <form action={formAction} noValidate key={JSON.stringify(v)} {...form}>
        <input type="hidden" name="version" value={v.version} />
        <h2 className="govuk-heading-m">{t("kinds.carbonReductionPlan")}</h2>
        <p className="govuk-body">{tf("crpIntro")}</p>
        {input("crp_netZeroYear", undefined, "govuk-input--width-4")}
        {input("crp_baselineYear", undefined, "govuk-input--width-4")}
        {input("crp_baselineEmissions")}
        {date("crp_periodStart")}
        {date("crp_periodEnd")}
        <h3 className="govuk-heading-s">{tf("emissions")}</h3>
        <p className="govuk-body">{tf("emissionsHint")}</p>
        {emissionFields.map((path) => (
          <div key={emissionName(path)}>
            {input(emissionName(path))}
            {input(`${emissionName(path)}Zero`, undefined, "govuk-!-width-full")}
          </div>
        ))}
        <Textarea id="crp_targets" label={tf("targets")} hint={tf("targetsHint")} defaultValue={v.crp_targets} error={errors.crp_targets} rows={3} />
        <Textarea id="crp_measures" label={tf("measures")} hint={tf("measuresHint")} defaultValue={v.crp_measures} error={errors.crp_measures} rows={4} />
        {input("crp_signatoryName", undefined, "govuk-!-width-two-thirds")}
        <Radios name="crp_signatoryRole" legend={tf("signatoryRole")} legendSize="s" items={[{ value: "director", text: tf("director") }, { value: "equivalent", text: tf("equivalentRole") }, { value: "other", text: tf("otherRole") }]} value={v.crp_signatoryRole} error={errors.crp_signatoryRole} />
        {date("crp_signedOn")}
        {input("crp_publicationUrl", tf("urlHint"), "govuk-!-width-full")}

        {datedItems.map((item) => (
          <section key={item.kind} data-testid={`profile-${item.kind}`}>
            <h2 className="govuk-heading-m">{t(`kinds.${item.kind}`)}</h2>
            {item.fields.map((field) => {
              const id = fieldName(item.kind, field.name);
              const label = tf(`fields.${item.kind}.${field.name}`);
              if ("choices" in field) return <Select key={id} id={id} label={label} options={[{ value: "", text: tf("choose") }, ...field.choices.map((choice) => ({ value: choice, text: /^[A-D]-?$/.test(choice) ? choice : t(`values.${choice}`) }))]} value={v[id]} error={errors[id]} />;
              if ("date" in field) return date(id, label);
              return <Input key={id} id={id} label={label} hint={"url" in field ? tf("urlHint") : undefined} widthClass={"url" in field ? "govuk-!-width-full" : "govuk-input--width-4"} defaultValue={v[id]} error={errors[id]} />;
            })}
            {date(fieldName(item.kind, "asAt"), tf("asAt"))}
            {date(fieldName(item.kind, "expiresOn"), tf("expiresOn"))}
          </section>
        ))}

        <h2 className="govuk-heading-m">{t("kinds.waste")}</h2>
        {wasteFields.map((field) => input(fieldName("waste", field), undefined, "govuk-input--width-4"))}
        <h2 className="govuk-heading-m">{t("kinds.policies")}</h2>
        <p className="govuk-body">{tf("policiesIntro")}</p>
        {policyFields.map((field) => yesNo(fieldName("policies", field)))}
        <h2 className="govuk-heading-m">{t("kinds.supplyChain")}</h2>
        <p className="govuk-body">{tf("supplyChainIntro")}</p>
        {supplyChainPercentFields.map((field) => input(fieldName("supplyChain", field), undefined, "govuk-input--width-4"))}
        {supplyChainPracticeFields.map((field) => yesNo(fieldName("supplyChain", field)))}
        <Button disabled={pending}>{tf("submit")}</Button>
      </form>
    </>
  );
}

/** What each field is called, on the form and in its error messages (an item's own fields with the item's name). */
function useLabels(): Record<string, string> {
  const t = useTranslations("supplier.evidence");
  const tf = useTranslations("supplier.evidence.form");
  const labels: Record<string, string> = {
    crp_netZeroYear: tf("netZeroYear"),
    crp_baselineYear: tf("baselineYear"),
    crp_baselineEmissions: tf("baselineEmissions"),
    crp_periodStart: tf("periodStart"),
    crp_periodEnd: tf("periodEnd"),
    crp_targets: tf("targets"),
    crp_measures: tf("measures"),
    crp_signatoryName: tf("signatoryName"),
    crp_signatoryRole: tf("signatoryRole"),
    crp_signedOn: tf("signedOn"),
    crp_publicationUrl: tf("publicationUrl"),
  };
  for (const path of emissionFields) {
    const item = tf(`emission.${path[path.length - 1]}`);
    labels[emissionName(path)] = item;
    labels[`${emissionName(path)}Zero`] = tf("zeroExplanation", { item });
  }
  for (const item of datedItems) {
    const kind = t(`kinds.${item.kind}`);
    for (const field of item.fields) labels[fieldName(item.kind, field.name)] = `${kind}: ${tf(`fields.${item.kind}.${field.name}`)}`;
    labels[fieldName(item.kind, "asAt")] = `${kind}: ${tf("asAt")}`;
    labels[fieldName(item.kind, "expiresOn")] = `${kind}: ${tf("expiresOn")}`;
  }
  for (const field of wasteFields) labels[fieldName("waste", field)] = tf(`wasteLabels.${field}`);
  for (const field of policyFields) labels[fieldName("policies", field)] = t(`policies.${field}`);
  for (const field of [...supplyChainPercentFields, ...supplyChainPracticeFields]) labels[fieldName("supplyChain", field)] = t(`supplyChain.${field}`);
  return labels;
}
