"use client";

import { useActionState } from "react";
import { FormErrorSummary, useFormErrors } from "@/components/forms/FormErrorSummary";
import { Button } from "@/components/govuk/Button";
import type { FormState } from "@/lib/forms/form-state";

/** A one-button form (remove, withdraw, share): shows why it was refused, if it was. */
export function ActionButton({ action, label, variant = "secondary", hidden }: { action: (state: FormState) => Promise<FormState>; label: string; variant?: "primary" | "secondary" | "warning"; hidden?: string }) {
  const [state, formAction, pending] = useActionState(action, {});
  const errors = useFormErrors(state);
  return (
    <form action={formAction}>
      <FormErrorSummary errors={errors} order={["form"]} />
      <Button variant={variant} disabled={pending}>
        {label}
        {hidden && <span className="govuk-visually-hidden"> {hidden}</span>}
      </Button>
    </form>
  );
}
