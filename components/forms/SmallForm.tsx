"use client";

import { useActionState } from "react";
import { FormErrorSummary, useFormErrors } from "@/components/forms/FormErrorSummary";
import { Button } from "@/components/govuk/Button";
import { Input } from "@/components/govuk/Input";
import { Select } from "@/components/govuk/Select";
import { Textarea } from "@/components/govuk/Textarea";
import { useCheckedForm } from "@/components/forms/useCheckedForm";
import type { FormState } from "@/lib/forms/form-state";
import { smallFormSchemas, type SmallFormSchema } from "@/lib/schemas/small-forms";

export type SmallFormField =
  | { kind: "hidden"; name: string; value: string }
  | { kind: "textarea"; name: string; label: string; hint?: string; defaultValue?: string }
  | { kind: "input"; name: string; label: string; hint?: string }
  | { kind: "select"; name: string; label: string; hint?: string; options: { value: string; text: string }[] };

/**
 * A small form of a few fields (comment, resolution, choose a specialist), kept as typed when refused, and checked in
 * the browser first with its action's schema (`checks`).
 */
export function SmallForm({ action, fields, submit, idPrefix = "", checks }: { action: (state: FormState, formData: FormData) => Promise<FormState>; fields: SmallFormField[]; submit: string; idPrefix?: string; checks: SmallFormSchema }) {
  const [state, formAction, pending] = useActionState(action, {});
  const { form, errorsOf } = useCheckedForm(smallFormSchemas[checks], fields.map((field) => field.name));
  const errors = useFormErrors(errorsOf(state));
  const prefixed = Object.fromEntries(Object.entries(errors).map(([field, message]) => [field === "form" ? field : `${idPrefix}${field}`, message]));
  return (
    <form action={formAction} noValidate key={JSON.stringify(state.values ?? {})} {...form}>
      <FormErrorSummary errors={prefixed} order={[...fields.filter((field) => field.kind !== "hidden").map((field) => `${idPrefix}${field.name}`), "form"]} />
      {fields.map((field) => {
        if (field.kind === "hidden") return <input key={field.name} type="hidden" name={field.name} value={field.value} />;
        const common = { id: `${idPrefix}${field.name}`, name: field.name, label: field.label, hint: field.hint, error: errors[field.name] };
        if (field.kind === "textarea") return <Textarea key={field.name} {...common} defaultValue={state.values?.[field.name] ?? field.defaultValue} rows={3} />;
        if (field.kind === "select") return <Select key={field.name} {...common} options={field.options} value={state.values?.[field.name]} />;
        return <Input key={field.name} {...common} defaultValue={state.values?.[field.name]} />;
      })}
      <Button variant="secondary" disabled={pending}>
        {submit}
      </Button>
    </form>
  );
}
