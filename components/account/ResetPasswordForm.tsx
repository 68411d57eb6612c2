"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrorSummary, useFormErrors } from "@/components/forms/FormErrorSummary";
import { Button } from "@/components/govuk/Button";
import { Input } from "@/components/govuk/Input";
import type { FormState } from "@/lib/forms/form-state";

export function ResetPasswordForm({ action }: { action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const t = useTranslations("passwordReset.choose");
  const ti = useTranslations("invitation");
  const [state, formAction, pending] = useActionState(action, {});
  const errors = useFormErrors(state);
  return (
    <>
      <FormErrorSummary errors={errors} order={["password", "confirmPassword", "form"]} />
      <h1 className="govuk-heading-l">{t("title")}</h1>
      <p className="govuk-body">{t("intro")}</p>
      <form action={formAction} noValidate>
        <Input id="password" label={t("password")} hint={ti("passwordHint")} type="password" autoComplete="new-password" error={errors.password} />
        <Input id="confirmPassword" label={ti("confirmPassword")} type="password" autoComplete="new-password" error={errors.confirmPassword} />
        <Button disabled={pending}>{t("submit")}</Button>
      </form>
    </>
  );
}
