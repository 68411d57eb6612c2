import "server-only";

/** An expected failure with a message key the user can be shown (under the "errors" catalogue namespace). */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly messageKey: string,
    readonly field?: string,
  ) {
    super(code);
    this.name = "AppError";
  }
}

/** Logs an unexpected error with a reference the user can quote; never show the error itself. */
export function logUnexpected(error: unknown, context: string): string {
  const reference = crypto.randomUUID().slice(0, 8).toUpperCase();
  console.error(`[${reference}] ${context}:`, error);
  return reference;
}
