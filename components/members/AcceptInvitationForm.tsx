"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrorSummary, useFormErrors } from "@/components/forms/FormErrorSummary";
import { useCheckedForm } from "@/components/forms/useCheckedForm";
import { Button } from "@/components/govuk/Button";
import { Input } from "@/components/govuk/Input";
import type { FormState } from "@/lib/forms/form-state";
import { acceptInvitationSchema } from "@/lib/schemas/members";

export function AcceptInvitationForm({ intro, action }: { intro: string; action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const t = useTranslations("invitation");
  const [state, formAction, pending] = useActionState(action, {});
  const { form, errorsOf } = useCheckedForm(acceptInvitationSchema, ["name", "password", "confirmPassword"]);
  const errors = useFormErrors(errorsOf(state));
  return (
    <>
      <FormErrorSummary errors={errors} order={["name", "password", "confirmPassword", "form"]} />
      <h1 className="govuk-heading-l">{t("title")}</h1>
      <p className="govuk-body">{intro}</p>
      <form action={formAction} noValidate {...form}>
        <Input id="name" label={t("name")} autoComplete="name" defaultValue={state.values?.name} error={errors.name} key={`name-${state.values?.name}`} />
        <Input id="password" label={t("password")} hint={t("passwordHint")} type="password" autoComplete="new-password" error={errors.password} />
        <Input id="confirmPassword" label={t("confirmPassword")} type="password" autoComplete="new-password" error={errors.confirmPassword} />
        <Button disabled={pending}>{t("submit")}</Button>
      </form>
    </>
  );
}
