"use client";

import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { FormErrorSummary, useFormErrors } from "@/components/forms/FormErrorSummary";
import { useCheckedForm } from "@/components/forms/useCheckedForm";
import { Button } from "@/components/govuk/Button";
import { Input } from "@/components/govuk/Input";
import { Radios, type RadioItem } from "@/components/govuk/Radios";
import { Select } from "@/components/govuk/Select";
import { DEVICE_LINES, deviceKinds, deviceLineFields, deviceLineFilled, footprintFields, HOSTING_LINES, hostingLineFields, hostingLineFilled, lineOfField, parseFootprintForm } from "@/lib/forms/footprint";
import { schemaOf, type FormState } from "@/lib/forms/form-state";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial: Record<string, string>;
  regions: { value: string; text: string }[];
  /** The common kinds of device, each with its default embodied carbon and source as hint text. */
  deviceModels: RadioItem[];
};

/** What a line's group shows: the filled lines and the first blank one; the other blank ones wait in a details element. */
function groupsOf(count: number, filled: (line: number) => boolean) {
  const all = Array.from({ length: count }, (_, i) => i + 1);
  const firstBlank = all.find((line) => !filled(line));
  return { shown: all.filter((line) => filled(line) || line === firstBlank), more: all.filter((line) => !filled(line) && line !== firstBlank) };
}

/**
 * The service footprint declaration: what the service uses, from which the service estimates its tCO2e a year.
 * Several hosting lines and device lines, each a numbered group; works as a plain form (the extra blank groups sit in
 * a native details element).
 */
export function FootprintForm({ action, initial, regions, deviceModels }: Props) {
  const t = useTranslations("supplier.footprint.form");
  const [state, formAction, pending] = useActionState(action, { values: initial });
  const { form, errorsOf } = useCheckedForm(schemaOf(parseFootprintForm), footprintFields);
  const errors = useFormErrors(errorsOf(state), {}, (field): Record<string, number> => {
    const line = lineOfField(field);
    return line === undefined ? {} : { line };
  });
  const v = state.values ?? initial;
  const number = (id: string, base = id, widthClass = "govuk-input--width-10") => (
    <Input id={id} label={t(base)} hint={t.has(`${base}Hint`) ? t(`${base}Hint`) : undefined} widthClass={widthClass} inputMode="decimal" defaultValue={v[id]} error={errors[id]} />
  );
  const group = (legend: string, content: ReactNode, key: string) => (
    <fieldset className="govuk-fieldset govuk-!-margin-bottom-6" key={key}>
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{legend}</legend>
      {content}
    </fieldset>
  );
  const hostingLine = (line: number) => {
    const f = hostingLineFields(line);
    return group(
      t("hostingLine", { line }),
      <>
        <Select id={f.region} label={t("hostingRegion")} options={regions} value={v[f.region] || "GB"} error={errors[f.region]} />
        {number(f.kWh, "hostingKWh")}
        {number(f.pue, "pue", "govuk-input--width-4")}
      </>,
      f.kWh,
    );
  };
  const deviceLine = (line: number) => {
    const f = deviceLineFields(line);
    return group(
      t("deviceLine", { line }),
      <>
        <Input id={f.description} label={t("deviceDescription")} defaultValue={v[f.description]} error={errors[f.description]} />
        <Radios
          name={f.model}
          legend={t("deviceModel")}
          legendSize="s"
          hint={t("deviceModelHint")}
          items={[...deviceModels, { value: "", text: t("deviceModelNone") }]}
          value={v[f.model] ?? ""}
          error={errors[f.model]}
        />
        <Radios name={f.kind} legend={t("deviceKind")} legendSize="s" hint={t("deviceKindHint")} inline items={deviceKinds.map((kind) => ({ value: kind, text: t(`deviceKinds.${kind}`) }))} value={v[f.kind]} error={errors[f.kind]} />
        {number(f.count, "deviceCount", "govuk-input--width-5")}
        {number(f.embodied, "deviceEmbodied")}
        {number(f.lifetime, "deviceLifetime", "govuk-input--width-4")}
        {number(f.kWh, "deviceKWh")}
      </>,
      f.description,
    );
  };
  const hosting = groupsOf(HOSTING_LINES, (line) => hostingLineFilled(v, line));
  const devices = groupsOf(DEVICE_LINES, (line) => deviceLineFilled(v, line));
  // A blank group waiting in the details is opened when one of its fields has a problem.
  const more = (summary: string, extra: number[], fieldsOf: (line: number) => Record<string, string>, render: (line: number) => ReactNode) =>
    extra.length > 0 && (
      <details className="govuk-details" open={extra.some((line) => Object.values(fieldsOf(line)).some((field) => errors[field])) || undefined}>
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">{summary}</span>
        </summary>
        <div className="govuk-details__text">{extra.map(render)}</div>
      </details>
    );
  return (
    <>
      <FormErrorSummary errors={errors} order={[...footprintFields, "form"]} />
      <form action={formAction} noValidate key={JSON.stringify(v)} {...form}>
        <h2 className="govuk-heading-m">{t("hosting")}</h2>
        <p className="govuk-body">{t("hostingHint")}</p>
        {hosting.shown.map(hostingLine)}
        {more(t("moreHostingLines", { lines: HOSTING_LINES }), hosting.more, hostingLineFields, hostingLine)}
        <h2 className="govuk-heading-m">{t("devices")}</h2>
        <p className="govuk-body">{t("devicesHint")}</p>
        {devices.shown.map(deviceLine)}
        {more(t("moreDeviceLines", { lines: DEVICE_LINES }), devices.more, deviceLineFields, deviceLine)}
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
