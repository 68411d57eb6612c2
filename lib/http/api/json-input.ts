import "server-only";
import { toLondonTime } from "@/lib/domain/assessment-setup/london-time";
import { withoutDirectionOverrides } from "@/lib/domain/text";
import { catalogues } from "@/lib/i18n/catalogue";
import type { Problem } from "./problems";

// The API takes JSON and checks it with the same schemas as the web app's forms (lib/schemas), so a value the form
// refuses is refused here too, with the same words: each JSON value is given to the schema as the form would give
// it, and the schema's message keys are read from the same catalogue.

const MAX_BODY_BYTES = 64 * 1024;

/** The request's JSON object, or why it is not one. */
export async function readJsonObject(request: Request): Promise<{ ok: true; body: Record<string, unknown> } | { ok: false; detail: { en: string; cy: string } }> {
  if (!(request.headers.get("content-type") ?? "").toLowerCase().startsWith("application/json")) {
    return { ok: false, detail: { en: "Send the body as JSON, with Content-Type: application/json.", cy: "Anfonwch y corff fel JSON, gyda Content-Type: application/json." } };
  }
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) return { ok: false, detail: { en: "The body is too large: at most 64 KB.", cy: "Mae’r corff yn rhy fawr: 64 KB ar y mwyaf." } };
  try {
    const body: unknown = JSON.parse(text);
    if (body && typeof body === "object" && !Array.isArray(body)) return { ok: true, body: body as Record<string, unknown> };
  } catch {
    // answered below
  }
  return { ok: false, detail: { en: "The body must be a JSON object.", cy: "Rhaid i’r corff fod yn wrthrych JSON." } };
}

/**
 * JSON values as a form's fields: text as the form would receive it (without direction overrides, which the form
 * takes out too), numbers and true/false as text; anything else is no value.
 */
export function formValuesOf(body: Record<string, unknown>, fields: readonly string[]): Record<string, string> {
  const text = (value: unknown) => (typeof value === "string" ? withoutDirectionOverrides(value) : typeof value === "number" && Number.isFinite(value) ? String(value) : typeof value === "boolean" ? (value ? "yes" : "no") : "");
  return Object.fromEntries(fields.map((field) => [field, text(body[field])]));
}

/**
 * An ISO 8601 instant, read strictly: a date that does not exist (30 February) or a time such as 25:00 is no instant,
 * rather than rolled over to another day.
 */
export function isoInstant(value: unknown): Date | null {
  const match = typeof value === "string" ? /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(value) : null;
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0));
  const written = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  // The date and time as written must be a real one (checked before any offset applies).
  if (written.getUTCFullYear() !== year || written.getUTCMonth() !== month - 1 || written.getUTCDate() !== day || written.getUTCHours() !== hour || written.getUTCMinutes() !== minute) return null;
  const instant = new Date(value as string);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

/** An ISO 8601 instant as the deadline fields of a form (UK date and 24-hour time); nothing when it is not one. */
export function deadlineFieldsOf(value: unknown): Record<"deadlineDay" | "deadlineMonth" | "deadlineYear" | "deadlineTime", string> {
  const instant = isoInstant(value);
  if (!instant) return { deadlineDay: "", deadlineMonth: "", deadlineYear: typeof value === "string" && value ? "x" : "", deadlineTime: "" };
  const { year, month, day, hour, minute } = toLondonTime(instant);
  return { deadlineDay: String(day), deadlineMonth: String(month), deadlineYear: String(year), deadlineTime: `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}` };
}

const jsonField = (field: string) => (field.startsWith("deadline") ? "responseDeadline" : field);

/** The words of an "errors" catalogue key, as the web app shows them. */
export function errorWords(key: string, language: "en" | "cy"): string {
  const found = key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), catalogues[language].errors);
  return typeof found === "string" ? found : key;
}

/** A form's problems (catalogue keys by field) as the API's, each in the caller's language, by JSON field. */
export function problemsOfFields(errors: Record<string, string>, language: "en" | "cy"): NonNullable<Problem["errors"]> {
  return Object.entries(errors).map(([field, key]) => ({ path: jsonField(field), detail: errorWords(key, language) }));
}

/**
 * The version a change was made from: the one sent (a whole number), or the current one when none is sent. Anything
 * else is refused, naming `version`.
 */
export function versionSent(body: Record<string, unknown>, current: number): number | "bad" {
  if (body.version === undefined) return current;
  return Number.isSafeInteger(body.version) && (body.version as number) >= 0 ? (body.version as number) : "bad";
}

const versionWords = { en: "version must be the assessment's version as you read it: a whole number.", cy: "Rhaid i version fod yn fersiwn yr asesiad fel y’i darllenwyd gennych: rhif cyfan." };

/** The answer to a version that is not one. */
export const badVersion = (language: "en" | "cy") => ({ problem: "invalid-request" as const, detail: versionWords, errors: [{ path: "version", detail: versionWords[language] }] });
