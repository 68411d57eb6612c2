"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrorSummary, useFormErrors } from "@/components/forms/FormErrorSummary";
import { useCheckedForm } from "@/components/forms/useCheckedForm";
import { Button } from "@/components/govuk/Button";
import { DateInput } from "@/components/govuk/DateInput";
import { Radios } from "@/components/govuk/Radios";
import { schemaOf, type FormState } from "@/lib/forms/form-state";
import { parseOutcome } from "@/lib/forms/outcome";
import { outcomeFields } from "@/lib/schemas/lifecycle";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial: Record<string, string>;
  /** The ranked suppliers an award may go to, best first; none until every counting score is in. */
  suppliers: { value: string; text: string }[];
};

/** The decision at the end of a procurement: award it to a ranked supplier, or cancel it. Confirmed on the next page. */
export function OutcomeForm({ action, initial, suppliers }: Props) {
  const t = useTranslations("lifecycle.outcome");
  const [state, formAction, pending] = useActionState(action, { values: initial });
  const { form, errorsOf } = useCheckedForm(schemaOf(parseOutcome), outcomeFields);
  const errors = useFormErrors(errorsOf(state));
  const v = state.values ?? initial;
  const decisions = [...(suppliers.length > 0 ? [{ value: "awarded", text: t("award"), hint: t("awardHint") }] : []), { value: "cancelled", text: t("cancel"), hint: t("cancelHint") }];
  return (
    <>
      <FormErrorSummary errors={errors} order={["decision", "supplierOrganisationId", "decidedDay", "form"]} />
      <h1 className="govuk-heading-l">{t("title")}</h1>
      <form action={formAction} noValidate key={JSON.stringify(v)} {...form}>
        <Radios name="decision" legend={t("decision")} legendSize="s" items={decisions} value={v.decision} error={errors.decision} />
        {suppliers.length > 0 && <Radios name="supplierOrganisationId" legend={t("supplier")} hint={t("supplierHint")} legendSize="s" items={suppliers} value={v.supplierOrganisationId} error={errors.supplierOrganisationId} />}
        <DateInput
          id="decidedDay"
          legend={t("decidedOn")}
          hint={t("decidedOnHint")}
          error={errors.decidedDay}
          parts={[
            { name: "decidedDay", label: t("day"), value: v.decidedDay, width: 2 },
            { name: "decidedMonth", label: t("month"), value: v.decidedMonth, width: 2 },
            { name: "decidedYear", label: t("year"), value: v.decidedYear, width: 4 },
          ]}
        />
        <Button disabled={pending}>{t("continue")}</Button>
      </form>
    </>
  );
}
