"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrorSummary } from "@/components/forms/FormErrorSummary";
import { Button } from "@/components/govuk/Button";
import { Checkbox } from "@/components/govuk/Checkbox";
import type { FormState } from "@/lib/forms/form-state";
import { conditionField } from "@/lib/schemas/responses";
import { useConditionErrors, type ConditionItem } from "./ConditionsForm";

type Props = { action: (state: FormState, formData: FormData) => Promise<FormState>; organisation: string; conditions: ConditionItem[] };

/** The declaration and the submit button; a refusal (late, incomplete, a condition unanswered) is named and the tick kept. */
export function SubmitForm({ action, organisation, conditions }: Props) {
  const t = useTranslations("supplier.check");
  const [state, formAction, pending] = useActionState(action, {});
  const errors = useConditionErrors(state, conditions);
  return (
    <>
      <FormErrorSummary errors={errors} order={["declaration", ...conditions.map((condition) => conditionField(condition.id)), "form"]} />
      <form action={formAction} noValidate key={JSON.stringify(state.values ?? {})}>
        <h2 className="govuk-heading-m">{t("declarationHeading")}</h2>
        <Checkbox id="declaration" label={t("declaration", { organisation })} checked={state.values?.declaration === "yes"} error={errors.declaration} />
        <Button disabled={pending}>{t("submit")}</Button>
      </form>
    </>
  );
}
