"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrorSummary, useFormErrors } from "@/components/forms/FormErrorSummary";
import { Button } from "@/components/govuk/Button";
import { Checkbox } from "@/components/govuk/Checkbox";
import type { FormState } from "@/lib/forms/form-state";

/** The declaration and the submit button; a refusal (late, incomplete) is named and the tick kept. */
export function SubmitForm({ action, organisation }: { action: (state: FormState, formData: FormData) => Promise<FormState>; organisation: string }) {
  const t = useTranslations("supplier.check");
  const [state, formAction, pending] = useActionState(action, {});
  const errors = useFormErrors(state);
  return (
    <>
      <FormErrorSummary errors={errors} order={["declaration", "form"]} />
      <form action={formAction} noValidate key={JSON.stringify(state.values ?? {})}>
        <h2 className="govuk-heading-m">{t("declarationHeading")}</h2>
        <Checkbox id="declaration" label={t("declaration", { organisation })} checked={state.values?.declaration === "yes"} error={errors.declaration} />
        <Button disabled={pending}>{t("submit")}</Button>
      </form>
    </>
  );
}
