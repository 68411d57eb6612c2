"use client";

import { useTranslations } from "next-intl";
import { DateInput } from "@/components/govuk/DateInput";
import { Input } from "@/components/govuk/Input";

/** The response deadline as a GOV.UK date input and a 24-hour time, in UK time. */
export function DeadlineFields({ values, errors }: { values: Record<string, string | undefined>; errors: Record<string, string> }) {
  const t = useTranslations("assessments.form");
  return (
    <>
      <DateInput
        id="deadlineDay"
        legend={t("deadline")}
        hint={t("deadlineHint")}
        error={errors.deadlineDay}
        parts={[
          { name: "deadlineDay", label: t("day"), value: values.deadlineDay, width: 2 },
          { name: "deadlineMonth", label: t("month"), value: values.deadlineMonth, width: 2 },
          { name: "deadlineYear", label: t("year"), value: values.deadlineYear, width: 4 },
        ]}
      />
      <Input id="deadlineTime" label={t("deadlineTime")} hint={t("deadlineTimeHint")} widthClass="govuk-input--width-5" defaultValue={values.deadlineTime} error={errors.deadlineTime} />
    </>
  );
}
