"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrorSummary, useFormErrors } from "@/components/forms/FormErrorSummary";
import { useCheckedForm } from "@/components/forms/useCheckedForm";
import { Button } from "@/components/govuk/Button";
import { Input } from "@/components/govuk/Input";
import { Radios } from "@/components/govuk/Radios";
import type { FormState } from "@/lib/forms/form-state";
import { organisationIdentifierFields, organisationIdentifierSchema } from "@/lib/schemas/organisation";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial: Record<string, string>;
  /** The registers, named in the reader's language, each with an example identifier. */
  schemes: { code: string; name: string; example: string }[];
};

/** An organisation's identifier in an org-id.guide register: scheme and identifier, or none. */
export function OrganisationIdentifierForm({ action, initial, schemes }: Props) {
  const t = useTranslations("organisation");
  const [state, formAction, pending] = useActionState(action, { values: initial });
  const { form, errorsOf } = useCheckedForm(organisationIdentifierSchema, organisationIdentifierFields);
  const errors = useFormErrors(errorsOf(state));
  const v = state.values ?? initial;
  return (
    <>
      <FormErrorSummary errors={errors} order={["identifierScheme", "identifierId", "form"]} />
      <form action={formAction} noValidate key={JSON.stringify(v)} {...form}>
        <Radios
          name="identifierScheme"
          legend={t("scheme")}
          hint={t("schemeHint")}
          legendSize="s"
          items={[...schemes.map((scheme) => ({ value: scheme.code, text: `${scheme.name} (${scheme.code})`, hint: scheme.example })), { value: "", text: t("schemeNone") }]}
          value={v.identifierScheme}
          error={errors.identifierScheme}
        />
        <Input id="identifierId" label={t("id")} hint={t("idHint")} widthClass="govuk-input--width-20" spellCheck={false} defaultValue={v.identifierId} error={errors.identifierId} />
        <Button disabled={pending}>{t("submit")}</Button>
      </form>
    </>
  );
}
