"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrorSummary, useFormErrors } from "@/components/forms/FormErrorSummary";
import { useCheckedForm } from "@/components/forms/useCheckedForm";
import { Button } from "@/components/govuk/Button";
import type { FormState } from "@/lib/forms/form-state";
import { conflictDecisionSchema } from "@/lib/schemas/scoring";
import { RadioGroup } from "./RadioGroup";

/** The officer allows or excludes an evaluator who declared a conflict with a supplier. */
export function DecideConflictForm({ action, idPrefix, name, supplier }: { action: (state: FormState, formData: FormData) => Promise<FormState>; idPrefix: string; name: string; supplier: string }) {
  const t = useTranslations("scoring.conflicts");
  const [state, formAction, pending] = useActionState(action, {});
  const { form, errorsOf } = useCheckedForm(conflictDecisionSchema, ["decision"]);
  const errors = useFormErrors(errorsOf(state));
  const id = `${idPrefix}decision`;
  return (
    <form action={formAction} noValidate key={JSON.stringify(state.values ?? {})} {...form}>
      <FormErrorSummary errors={Object.fromEntries(Object.entries(errors).map(([field, message]) => [field === "decision" ? id : field, message]))} order={[id, "form"]} />
      <RadioGroup
        id={id}
        name="decision"
        legend={t("legend", { name, supplier })}
        items={[
          { value: "allowed", text: t("allow") },
          { value: "excluded", text: t("exclude") },
        ]}
        value={state.values?.decision}
        error={errors.decision}
      />
      <Button variant="secondary" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
