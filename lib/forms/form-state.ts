import { z } from "zod";
import { withoutDirectionOverrides } from "@/lib/domain/text";

/**
 * What a server action returns to its form: error message keys by field (translated where shown) and the values
 * as typed, so nothing is lost when the form comes back.
 */
export type FormState = {
  errors?: Record<string, string>;
  values?: Record<string, string>;
  reference?: string;
};

/** The named fields of a form as text, without direction overrides (withoutDirectionOverrides). */
export function formValues(formData: FormData, fields: readonly string[]): Record<string, string> {
  return Object.fromEntries(fields.map((field) => [field, withoutDirectionOverrides(String(formData.get(field) ?? ""))]));
}

/** The first problem per field, keyed by the field's name (its id in the form). */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "form";
    errors[field] ??= issue.message;
  }
  return errors;
}

/** What a form's parse gives: the data, or the problems by field. */
export type Parsed<T> = { success: true; data: T } | { success: false; errors: Record<string, string> };

export const refuse = (errors: Record<string, string>): { success: false; errors: Record<string, string> } => ({ success: false, errors });
export const accept = <T>(data: T): { success: true; data: T } => ({ success: true, data });

/** A form's parse function as one zod schema, so the browser checks the form exactly as its action will. */
export function schemaOf<T>(parse: (values: Record<string, string>) => Parsed<T>) {
  return z.record(z.string(), z.string()).superRefine((values, ctx) => {
    const parsed = parse(values);
    if (!parsed.success) for (const [field, message] of Object.entries(parsed.errors)) ctx.addIssue({ code: "custom", path: [field], message });
  });
}
