"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrorSummary, useFormErrors } from "@/components/forms/FormErrorSummary";
import { useCheckedForm } from "@/components/forms/useCheckedForm";
import { Button } from "@/components/govuk/Button";
import { Input } from "@/components/govuk/Input";
import { Radios, type RadioItem } from "@/components/govuk/Radios";
import { Select } from "@/components/govuk/Select";
import type { FormState } from "@/lib/forms/form-state";
import { footprintFields, footprintSchema } from "@/lib/schemas/responses";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial: Record<string, string>;
  regions: { value: string; text: string }[];
  /** The common kinds of device, each with its default embodied carbon and source as hint text. */
  deviceModels: RadioItem[];
};

const order = [
  "hostingRegion", "hostingKWh", "pue",
  "deviceDescription", "deviceModel", "deviceKind", "deviceCount", "deviceEmbodied", "deviceLifetime", "deviceKWh",
  "dataGB", "usersRegion", "functionalUnit", "functionalUnitCount", "form",
];

/** The service footprint declaration: what the service uses, from which the service estimates its tCO2e a year. */
export function FootprintForm({ action, initial, regions, deviceModels }: Props) {
  const t = useTranslations("supplier.footprint.form");
  const [state, formAction, pending] = useActionState(action, { values: initial });
  const { form, errorsOf } = useCheckedForm(footprintSchema, footprintFields);
  const errors = useFormErrors(errorsOf(state));
  const v = state.values ?? initial;
  const number = (id: string, widthClass = "govuk-input--width-10") => <Input id={id} label={t(id)} hint={t.has(`${id}Hint`) ? t(`${id}Hint`) : undefined} widthClass={widthClass} inputMode="decimal" defaultValue={v[id]} error={errors[id]} />;
  return (
    <>
      <FormErrorSummary errors={errors} order={order} />
      <form action={formAction} noValidate key={JSON.stringify(v)} {...form}>
        <h2 className="govuk-heading-m">{t("hosting")}</h2>
        <p className="govuk-body">{t("hostingHint")}</p>
        <Select id="hostingRegion" label={t("hostingRegion")} options={regions} value={v.hostingRegion} error={errors.hostingRegion} />
        {number("hostingKWh")}
        {number("pue", "govuk-input--width-4")}
        <h2 className="govuk-heading-m">{t("devices")}</h2>
        <p className="govuk-body">{t("devicesHint")}</p>
        <Input id="deviceDescription" label={t("deviceDescription")} defaultValue={v.deviceDescription} error={errors.deviceDescription} />
        <Radios
          name="deviceModel"
          legend={t("deviceModel")}
          legendSize="s"
          hint={t("deviceModelHint")}
          items={[...deviceModels, { value: "", text: t("deviceModelNone") }]}
          value={v.deviceModel ?? ""}
          error={errors.deviceModel}
        />
        <Radios name="deviceKind" legend={t("deviceKind")} legendSize="s" hint={t("deviceKindHint")} inline items={["end-user", "server", "network"].map((kind) => ({ value: kind, text: t(`deviceKinds.${kind}`) }))} value={v.deviceKind} error={errors.deviceKind} />
        {number("deviceCount", "govuk-input--width-5")}
        {number("deviceEmbodied")}
        {number("deviceLifetime", "govuk-input--width-4")}
        {number("deviceKWh")}
        <h2 className="govuk-heading-m">{t("data")}</h2>
        {number("dataGB")}
        <Select id="usersRegion" label={t("usersRegion")} options={[{ value: "", text: t("usersRegionDefault") }, ...regions]} value={v.usersRegion} error={errors.usersRegion} />
        <h2 className="govuk-heading-m">{t("functionalUnitHeading")}</h2>
        <p className="govuk-body">{t("functionalUnitIntro")}</p>
        <Radios
          name="functionalUnit"
          legend={t("functionalUnit")}
          legendSize="s"
          items={["user", "transaction", ""].map((unit) => ({ value: unit, text: t(`functionalUnits.${unit || "none"}`) }))}
          value={v.functionalUnit ?? ""}
          error={errors.functionalUnit}
        />
        {number("functionalUnitCount")}
        <Button disabled={pending}>{t("submit")}</Button>
      </form>
    </>
  );
}
