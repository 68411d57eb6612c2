"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrorSummary, useFormErrors } from "@/components/forms/FormErrorSummary";
import { useCheckedForm } from "@/components/forms/useCheckedForm";
import { Button } from "@/components/govuk/Button";
import { Input } from "@/components/govuk/Input";
import { Radios } from "@/components/govuk/Radios";
import type { FormState } from "@/lib/forms/form-state";
import { registerSupplierFields, registerSupplierSchema } from "@/lib/schemas/responses";

const order = ["organisationNameEn", "organisationNameCy", "nation", "name", "password", "confirmPassword", "form"];

/** A new supplier organisation and its first admin, from a buyer's e-mail invitation. Passwords are never sent back. */
export function RegisterSupplierForm({ action, intro }: { action: (state: FormState, formData: FormData) => Promise<FormState>; intro: string }) {
  const t = useTranslations("supplier.register");
  const tn = useTranslations("nations");
  const [state, formAction, pending] = useActionState(action, {});
  const { form, errorsOf } = useCheckedForm(registerSupplierSchema, registerSupplierFields);
  const errors = useFormErrors(errorsOf(state));
  const v = state.values ?? {};
  return (
    <>
      <FormErrorSummary errors={errors} order={order} />
      <h1 className="govuk-heading-l">{t("title")}</h1>
      <p className="govuk-body">{intro}</p>
      <form action={formAction} noValidate key={JSON.stringify(v)} {...form}>
        <h2 className="govuk-heading-m">{t("organisation")}</h2>
        <Input id="organisationNameEn" label={t("organisationNameEn")} autoComplete="organization" defaultValue={v.organisationNameEn} error={errors.organisationNameEn} />
        <Input id="organisationNameCy" label={t("organisationNameCy")} hint={t("organisationNameCyHint")} defaultValue={v.organisationNameCy} error={errors.organisationNameCy} />
        <Radios name="nation" legend={t("nation")} legendSize="s" items={(["england", "wales", "scotland", "northern-ireland"] as const).map((nation) => ({ value: nation, text: tn(nation) }))} value={v.nation} error={errors.nation} />
        <h2 className="govuk-heading-m">{t("you")}</h2>
        <Input id="name" label={t("name")} autoComplete="name" defaultValue={v.name} error={errors.name} />
        <Input id="password" label={t("password")} hint={t("passwordHint")} type="password" autoComplete="new-password" error={errors.password} />
        <Input id="confirmPassword" label={t("confirmPassword")} type="password" autoComplete="new-password" error={errors.confirmPassword} />
        <Button disabled={pending}>{t("submit")}</Button>
      </form>
    </>
  );
}
