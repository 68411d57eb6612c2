"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrorSummary, useFormErrors } from "@/components/forms/FormErrorSummary";
import { useCheckedForm } from "@/components/forms/useCheckedForm";
import { Button } from "@/components/govuk/Button";
import { Input } from "@/components/govuk/Input";
import { Select } from "@/components/govuk/Select";
import { Textarea } from "@/components/govuk/Textarea";
import { scope3Categories } from "@/lib/domain/contracts/report-figures";
import { contractReportFields, ELECTRICITY_LINES, explanationField, lineFields, parseContractReport, scope3Field } from "@/lib/forms/contract-report";
import { schemaOf, type FormState } from "@/lib/forms/form-state";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial: Record<string, string>;
  regions: { value: string; text: string }[];
  /** The contract's KPIs, named, for their explanations. */
  kpis: { kind: string; name: string }[];
};

/** A contract year's report: emissions, electricity by region, devices, equipment taken back, explanations. */
export function ContractReportForm({ action, initial, regions, kpis }: Props) {
  const t = useTranslations("contracts.report");
  const [state, formAction, pending] = useActionState(action, { values: initial });
  const { form, errorsOf } = useCheckedForm(schemaOf(parseContractReport), contractReportFields);
  const labels: Record<string, string> = {
    scope1: t("scope1"),
    scope2: t("scope2"),
    ...Object.fromEntries(scope3Categories.map((category) => [scope3Field(category), t(`scope3Category.${category}`)])),
    ...Object.fromEntries(Array.from({ length: ELECTRICITY_LINES }, (_, i) => lineFields(i + 1).map((field) => [field, t("electricityLine", { line: i + 1 })])).flat()),
    devicesNew: t("devicesNew"),
    devicesRefurbished: t("devicesRefurbished"),
    devicesEmbodied: t("devicesEmbodied"),
    takenBackReused: `${t("takeBack")}: ${t("takenBackReused")}`,
    takenBackRecycled: `${t("takeBack")}: ${t("takenBackRecycled")}`,
    takenBackLandfilled: `${t("takeBack")}: ${t("takenBackLandfilled")}`,
    supplyChainTier1: t("supplyChainTier1"),
    organisationEmissions: t("organisationEmissions"),
    ...Object.fromEntries(kpis.map((kpi) => [explanationField(kpi.kind), t("explanationLabel", { kpi: kpi.name })])),
  };
  const errors = useFormErrors(errorsOf(state), labels);
  const v = state.values ?? initial;
  const number = (name: string, label: string, hint?: string) => (
    <Input id={name} label={label} hint={hint} error={errors[name]} defaultValue={v[name]} inputMode="decimal" widthClass="govuk-input--width-10" spellCheck={false} />
  );
  return (
    <form action={formAction} noValidate key={JSON.stringify(v)} {...form}>
      <FormErrorSummary errors={errors} order={[...contractReportFields, "form"]} />
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{t("emissions")}</legend>
        <div className="govuk-hint">{t("emissionsHint")}</div>
        {number("scope1", t("scope1"))}
        {number("scope2", t("scope2"))}
        <h3 className="govuk-heading-s">{t("scope3")}</h3>
        {scope3Categories.map((category) => number(scope3Field(category), t(`scope3Category.${category}`)))}
      </fieldset>
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{t("electricity")}</legend>
        <div className="govuk-hint">{t("electricityHint")}</div>
        {Array.from({ length: ELECTRICITY_LINES }, (_, i) => {
          const [regionField, kWhField] = lineFields(i + 1);
          return (
            <div key={regionField}>
              <h3 className="govuk-heading-s">{t("electricityLine", { line: i + 1 })}</h3>
              <Select id={regionField} label={t("region")} error={errors[regionField]} value={v[regionField] ?? ""} options={[{ value: "", text: t("chooseRegion") }, ...regions]} />
              {number(kWhField, t("kWh"))}
            </div>
          );
        })}
      </fieldset>
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{t("devices")}</legend>
        {number("devicesNew", t("devicesNew"))}
        {number("devicesRefurbished", t("devicesRefurbished"))}
        {number("devicesEmbodied", t("devicesEmbodied"), t("devicesEmbodiedHint"))}
      </fieldset>
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{t("takeBack")}</legend>
        <div className="govuk-hint">{t("takeBackHint")}</div>
        {number("takenBackReused", t("takenBackReused"))}
        {number("takenBackRecycled", t("takenBackRecycled"))}
        {number("takenBackLandfilled", t("takenBackLandfilled"))}
      </fieldset>
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{t("supplyChain")}</legend>
        {number("supplyChainTier1", t("supplyChainTier1"))}
        {number("organisationEmissions", t("organisationEmissions"))}
      </fieldset>
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{t("explanations")}</legend>
        <div className="govuk-hint">{t("explanationsHint")}</div>
        {kpis.map((kpi) => (
          <Textarea key={kpi.kind} id={explanationField(kpi.kind)} label={t("explanationFor", { kpi: kpi.name })} error={errors[explanationField(kpi.kind)]} defaultValue={v[explanationField(kpi.kind)]} rows={3} />
        ))}
      </fieldset>
      <input type="hidden" name="version" value={v.version ?? "0"} />
      <div className="govuk-button-group">
        <Button name="next" value="check" disabled={pending}>
          {t("check")}
        </Button>
        <Button name="next" value="save" variant="secondary" disabled={pending}>
          {t("save")}
        </Button>
      </div>
    </form>
  );
}
