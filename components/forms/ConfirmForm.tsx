"use client";

import { useActionState } from "react";
import { FormErrorSummary, useFormErrors } from "@/components/forms/FormErrorSummary";
import { Button } from "@/components/govuk/Button";
import type { FormState } from "@/lib/forms/form-state";

/** The button of a confirmation page, with a way back that changes nothing; shows why it was refused, if it was. */
export function ConfirmForm({ action, label, cancel, warning }: { action: (state: FormState) => Promise<FormState>; label: string; cancel: { href: string; text: string }; warning?: boolean }) {
  const [state, formAction, pending] = useActionState(action, {});
  const errors = useFormErrors(state);
  return (
    <form action={formAction}>
      <FormErrorSummary errors={errors} order={["form"]} />
      <div className="govuk-button-group">
        <Button variant={warning ? "warning" : "primary"} disabled={pending}>
          {label}
        </Button>
        <a className="govuk-link" href={cancel.href}>
          {cancel.text}
        </a>
      </div>
    </form>
  );
}
