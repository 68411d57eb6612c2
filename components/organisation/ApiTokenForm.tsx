"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrorSummary, useFormErrors } from "@/components/forms/FormErrorSummary";
import { useCheckedForm } from "@/components/forms/useCheckedForm";
import { Button } from "@/components/govuk/Button";
import { Input } from "@/components/govuk/Input";
import { Radios } from "@/components/govuk/Radios";
import { apiTokenLifetimes, type ApiTokenScope } from "@/lib/domain/api/tokens";
import type { FormState } from "@/lib/forms/form-state";
import { apiTokenSchema } from "@/lib/schemas/api-tokens";

type Props = { action: (state: FormState, formData: FormData) => Promise<FormState>; scopes: readonly ApiTokenScope[] };

/** A new API token: its name, what it may do and how long it works. */
export function ApiTokenForm({ action, scopes }: Props) {
  const t = useTranslations("apiTokens");
  const [state, formAction, pending] = useActionState(action, {});
  const { form, errorsOf } = useCheckedForm(apiTokenSchema, ["name", "scope", "lifetimeDays"]);
  const errors = useFormErrors(errorsOf(state));
  return (
    <>
      <FormErrorSummary errors={errors} order={["name", "scope", "lifetimeDays", "form"]} />
      <h1 className="govuk-heading-l">{t("form.title")}</h1>
      <form action={formAction} noValidate {...form}>
        <Input id="name" label={t("form.name")} hint={t("form.nameHint")} autoComplete="off" defaultValue={state.values?.name} error={errors.name} key={`name-${state.values?.name}`} />
        <Radios name="scope" legend={t("form.scope")} items={scopes.map((scope) => ({ value: scope, text: t(`scopes.${scope}`), hint: t(`scopeHints.${scope}`) }))} value={state.values?.scope} error={errors.scope} key={`scope-${state.values?.scope}`} />
        <Radios name="lifetimeDays" legend={t("form.lifetime")} items={apiTokenLifetimes.map((days) => ({ value: String(days), text: t("form.days", { days }) }))} value={state.values?.lifetimeDays ?? "90"} error={errors.lifetimeDays} key={`lifetime-${state.values?.lifetimeDays}`} />
        <Button disabled={pending}>{t("form.submit")}</Button>
      </form>
      <p className="govuk-body">
        <a className="govuk-link" href="/organisation/api-tokens">
          {t("form.cancel")}
        </a>
      </p>
    </>
  );
}
