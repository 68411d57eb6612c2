"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrorSummary, useFormErrors } from "@/components/forms/FormErrorSummary";
import { useCheckedForm } from "@/components/forms/useCheckedForm";
import { Button } from "@/components/govuk/Button";
import { Input } from "@/components/govuk/Input";
import type { FormState } from "@/lib/forms/form-state";
import { requestPasswordResetSchema } from "@/lib/schemas/account";

export function RequestPasswordResetForm({ action }: { action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const t = useTranslations("passwordReset.request");
  const [state, formAction, pending] = useActionState(action, {});
  const { form, errorsOf } = useCheckedForm(requestPasswordResetSchema, ["email"]);
  const errors = useFormErrors(errorsOf(state));
  return (
    <>
      <FormErrorSummary errors={errors} order={["email", "form"]} />
      <h1 className="govuk-heading-l">{t("title")}</h1>
      <p className="govuk-body">{t("intro")}</p>
      <form action={formAction} noValidate {...form}>
        <Input id="email" label={t("email")} type="email" autoComplete="username" spellCheck={false} defaultValue={state.values?.email} error={errors.email} key={`email-${state.values?.email}`} />
        <Button disabled={pending}>{t("submit")}</Button>
      </form>
    </>
  );
}
