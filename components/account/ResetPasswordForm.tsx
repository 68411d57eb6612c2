"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrorSummary, useFormErrors } from "@/components/forms/FormErrorSummary";
import { useCheckedForm } from "@/components/forms/useCheckedForm";
import { Button } from "@/components/govuk/Button";
import { Input } from "@/components/govuk/Input";
import type { FormState } from "@/lib/forms/form-state";
import { resetPasswordSchema } from "@/lib/schemas/account";

export function ResetPasswordForm({ action }: { action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const t = useTranslations("passwordReset.choose");
  const ti = useTranslations("invitation");
  const [state, formAction, pending] = useActionState(action, {});
  const { form, errorsOf } = useCheckedForm(resetPasswordSchema, ["password", "confirmPassword"]);
  const errors = useFormErrors(errorsOf(state));
  return (
    <>
      <FormErrorSummary errors={errors} order={["password", "confirmPassword", "form"]} />
      <h1 className="govuk-heading-l">{t("title")}</h1>
      <p className="govuk-body">{t("intro")}</p>
      <form action={formAction} noValidate {...form}>
        <Input id="password" label={t("password")} hint={ti("passwordHint")} type="password" autoComplete="new-password" error={errors.password} />
        <Input id="confirmPassword" label={ti("confirmPassword")} type="password" autoComplete="new-password" error={errors.confirmPassword} />
        <Button disabled={pending}>{t("submit")}</Button>
      </form>
    </>
  );
}
