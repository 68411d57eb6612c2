"use client";

import { useActionState } from "react";
import { FormErrorSummary, useFormErrors } from "@/components/forms/FormErrorSummary";
import { Button } from "@/components/govuk/Button";
import type { FormState } from "@/lib/forms/form-state";

/** Publishing asks nothing to be typed, so there is nothing to check in the browser: the action names what stops it. */
export function PublishForm({ action, version, label }: { action: (state: FormState, formData: FormData) => Promise<FormState>; version: number; label: string }) {
  const [state, formAction, pending] = useActionState(action, {});
  const errors = useFormErrors(state);
  return (
    <form action={formAction}>
      <FormErrorSummary errors={errors} order={["form"]} />
      <input type="hidden" name="version" value={version} />
      <Button disabled={pending}>{label}</Button>
    </form>
  );
}
