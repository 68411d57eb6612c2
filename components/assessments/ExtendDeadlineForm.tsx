"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { z } from "zod";
import { FormErrorSummary, useFormErrors } from "@/components/forms/FormErrorSummary";
import { useCheckedForm } from "@/components/forms/useCheckedForm";
import { Button } from "@/components/govuk/Button";
import { withDeadline } from "@/lib/forms/deadline";
import type { FormState } from "@/lib/forms/form-state";
import { deadlineFields } from "@/lib/schemas/assessments";
import { DeadlineFields } from "./DeadlineFields";

/** The new, later deadline of a published assessment; the next page asks to confirm it. */
export function ExtendDeadlineForm({ action, initial }: { action: (state: FormState, formData: FormData) => Promise<FormState>; initial: Record<string, string> }) {
  const t = useTranslations("lifecycle.extend");
  const [state, formAction, pending] = useActionState(action, { values: initial });
  // A date that is not later than the current deadline is refused by the action, which knows it.
  const { form, errorsOf } = useCheckedForm(withDeadline(z.object({})), deadlineFields);
  const errors = useFormErrors(errorsOf(state));
  const v = state.values ?? initial;
  return (
    <>
      <FormErrorSummary errors={errors} order={["deadlineDay", "deadlineTime", "form"]} />
      <h1 className="govuk-heading-l">{t("title")}</h1>
      <form action={formAction} noValidate key={JSON.stringify(v)} {...form}>
        <p className="govuk-body">{t("body")}</p>
        <DeadlineFields values={v} errors={errors} />
        <Button disabled={pending}>{t("continue")}</Button>
      </form>
    </>
  );
}
