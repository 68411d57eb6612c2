import "server-only";
import type { FormState } from "@/lib/forms/form-state";
import { AppError, logUnexpected } from "./errors";

type Failure = { errors: Record<string, string>; values: Record<string, string>; reference?: string };

/**
 * Runs a use case for a form: an AppError becomes a field error, anything unexpected is logged and becomes a
 * message with a reference id. The values come back either way, so nothing typed is lost.
 */
export async function withFormErrors<T>(values: Record<string, string>, context: string, run: () => Promise<T>): Promise<T | Failure> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AppError) return { errors: { [error.field ?? "form"]: error.messageKey }, values };
    const reference = logUnexpected(error, context);
    return { errors: { form: "unexpected" }, values, reference } satisfies FormState;
  }
}

/** Whether a use case's outcome came back as form errors rather than its result. */
export function isFailure(outcome: unknown): outcome is Failure {
  return typeof outcome === "object" && outcome !== null && "errors" in outcome;
}
