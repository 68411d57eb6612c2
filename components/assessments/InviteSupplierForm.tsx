"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrorSummary, useFormErrors } from "@/components/forms/FormErrorSummary";
import { Button } from "@/components/govuk/Button";
import { Input } from "@/components/govuk/Input";
import { Radios } from "@/components/govuk/Radios";
import { Select } from "@/components/govuk/Select";
import { useCheckedForm } from "@/components/forms/useCheckedForm";
import type { FormState } from "@/lib/forms/form-state";
import { inviteSupplierSchema } from "@/lib/schemas/assessments";

/** Invite a supplier already using the service, or anyone by e-mail: each way's field is revealed when it is chosen. */
export function InviteSupplierForm({ action, suppliers }: { action: (state: FormState, formData: FormData) => Promise<FormState>; suppliers: { value: string; text: string }[] }) {
  const t = useTranslations("assessments.suppliers");
  const [state, formAction, pending] = useActionState(action, {});
  const { form, errorsOf } = useCheckedForm(inviteSupplierSchema, ["by", "supplierOrganisationId", "email"]);
  const errors = useFormErrors(errorsOf(state));
  const v = state.values ?? {};
  return (
    <form action={formAction} noValidate key={JSON.stringify(v)} {...form}>
      <FormErrorSummary errors={errors} order={["by", "supplierOrganisationId", "email", "form"]} />
      <h3 className="govuk-heading-s">{t("invite")}</h3>
      <Radios
        name="by"
        legend={t("inviteBy")}
        legendSize="s"
        items={[
          {
            value: "organisation",
            text: t("byOrganisation"),
            conditional: <Select id="supplierOrganisationId" label={t("organisation")} options={[{ value: "", text: t("select") }, ...suppliers]} value={v.supplierOrganisationId} error={errors.supplierOrganisationId} />,
          },
          {
            value: "email",
            text: t("byEmail"),
            conditional: <Input id="email" label={t("email")} hint={t("emailHint")} type="email" spellCheck={false} defaultValue={v.email} error={errors.email} />,
          },
        ]}
        value={v.by}
        error={errors.by}
      />
      <Button variant="secondary" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
