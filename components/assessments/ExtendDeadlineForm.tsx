"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrorSummary, useFormErrors } from "@/components/forms/FormErrorSummary";
import { Button } from "@/components/govuk/Button";
import type { FormState } from "@/lib/forms/form-state";
import { DeadlineFields } from "./DeadlineFields";

/** The new, later deadline of a published assessment; the next page asks to confirm it. */
export function ExtendDeadlineForm({ action, initial }: { action: (state: FormState, formData: FormData) => Promise<FormState>; initial: Record<string, string> }) {
  const t = useTranslations("lifecycle.extend");
  const [state, formAction, pending] = useActionState(action, { values: initial });
  const errors = useFormErrors(state);
  const v = state.values ?? initial;
  return (
    <>
      <FormErrorSummary errors={errors} order={["deadlineDay", "deadlineTime", "form"]} />
      <h1 className="govuk-heading-l">{t("title")}</h1>
      <form action={formAction} noValidate key={JSON.stringify(v)}>
        <p className="govuk-body">{t("body")}</p>
        <DeadlineFields values={v} errors={errors} />
        <Button disabled={pending}>{t("continue")}</Button>
      </form>
    </>
  );
}
