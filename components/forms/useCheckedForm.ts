"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRef, type FormEvent } from "react";
import { useForm, type FieldErrors, type Resolver } from "react-hook-form";
import type { z } from "zod";
import { formValues, type FormState } from "@/lib/forms/form-state";

/**
 * Checks a form in the browser with the schema its server action uses (react-hook-form with the zod resolver), so
 * the same messages appear before anything is sent. The values are read from the form exactly as the action reads
 * them (`formValues`), the button pressed included; a form that passes is then sent to its action as usual. Without
 * JavaScript nothing changes: the action checks everything again either way.
 *
 * `schema` may depend on what was sent (a draft is checked less than a submission). Spread `form` onto the <form>
 * and give `errorsOf(state)` to useFormErrors: the browser's problems while there are any, otherwise those the action
 * sent back.
 */
export function useCheckedForm(schema: z.ZodType | ((values: Record<string, string>) => z.ZodType) | null, fields: readonly string[]) {
  const ref = useRef<HTMLFormElement>(null);
  const submitter = useRef<HTMLElement | null>(null);
  const checked = useRef(false);
  const resolver: Resolver = (_values, context, options) => {
    if (!schema || !ref.current) return { values: {}, errors: {} };
    const values = formValues(new FormData(ref.current, submitter.current as HTMLButtonElement | null), fields);
    const chosen = typeof schema === "function" ? schema(values) : schema;
    return (zodResolver(chosen as never) as unknown as Resolver)(values, context, options);
  };
  const { handleSubmit, formState, clearErrors } = useForm({ resolver, shouldFocusError: false });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    // Checked already: React sends it to the action.
    if (checked.current || !schema) {
      checked.current = false;
      clearErrors();
      return;
    }
    event.preventDefault();
    submitter.current = (event.nativeEvent as SubmitEvent).submitter;
    void handleSubmit(() => {
      checked.current = true;
      // After this submit event has finished: a form does not submit again while its submit event is being fired.
      window.setTimeout(() => ref.current?.requestSubmit(submitter.current));
    })();
  };

  const browserErrors = messageKeys(formState.errors);
  return {
    form: { ref, onSubmit },
    errorsOf: (state: FormState): FormState => (Object.keys(browserErrors).length > 0 ? { ...state, errors: browserErrors } : state),
  };
}

/** react-hook-form's errors as the actions give them: the message key of the first problem, by field name. */
function messageKeys(errors: FieldErrors): Record<string, string> {
  const keys: Record<string, string> = {};
  for (const [field, error] of Object.entries(errors)) {
    if (error && typeof error.message === "string") keys[field || "form"] = error.message;
  }
  return keys;
}
