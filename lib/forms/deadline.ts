import { z } from "zod";
import { fromLondonTime } from "@/lib/domain/assessment-setup/london-time";
import { deadlineProblem } from "@/lib/domain/lifecycle/deadline-window";
import { accept, fieldErrors, refuse, schemaOf, type Parsed } from "./form-state";

/**
 * A response deadline typed as day, month, year and 24-hour time in UK time; it must be in the future, no more than
 * two years ahead, and later than `current` when a published deadline is being extended.
 */
export function parseDeadline(parts: { deadlineDay: string; deadlineMonth: string; deadlineYear: string; deadlineTime: string }, now: Date, current?: Date): { deadline: Date } | { error: string } {
  const { deadlineDay: day, deadlineMonth: month, deadlineYear: year, deadlineTime: time } = parts;
  if (!day && !month && !year) return { error: "deadline.required" };
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return { error: "deadline.invalid" };
  // A date that does not exist (31 February) is named before anything about the time.
  if (!fromLondonTime(Number(year), Number(month), Number(day), 12, 0)) return { error: "deadline.invalid" };
  const clock = /^(\d{1,2})[:.](\d{2})$/.exec(time);
  if (!clock) return { error: time ? "deadlineTime.invalid" : "deadlineTime.required" };
  // A time such as 25:00 is the time's fault, not the date's: named on the time field.
  if (Number(clock[1]) > 23 || Number(clock[2]) > 59) return { error: "deadlineTime.invalid" };
  const deadline = fromLondonTime(Number(year), Number(month), Number(day), Number(clock[1]), Number(clock[2]));
  if (!deadline) return { error: "deadline.invalid" };
  const problem = deadlineProblem(deadline, now, current);
  if (problem) return { error: `deadline.${problem}` };
  return { deadline };
}

/** The form field a deadline problem belongs to: the time field, or the date group. */
export function deadlineFieldErrors(result: ReturnType<typeof parseDeadline>): Record<string, string> {
  if (!("error" in result)) return {};
  return { [result.error.startsWith("deadlineTime") ? "deadlineTime" : "deadlineDay"]: result.error };
}

type DeadlineParts = Parameters<typeof parseDeadline>[0];

/** A form with a deadline: its schema's problems and the deadline's together, so all are shown at once. */
export function parseWithDeadline<T>(schema: z.ZodType<T>, values: Record<string, string>, now: Date): Parsed<T & { responseDeadline: Date }> {
  const parsed = schema.safeParse(values);
  const deadline = parseDeadline(values as DeadlineParts, now);
  const errors = { ...(parsed.success ? {} : fieldErrors(parsed.error)), ...deadlineFieldErrors(deadline) };
  if (!parsed.success || "error" in deadline) return refuse(errors);
  return accept({ ...parsed.data, responseDeadline: deadline.deadline });
}

/** parseWithDeadline as one zod schema, so the browser checks a form with a deadline as its action will. */
export function withDeadline<T>(schema: z.ZodType<T>) {
  return schemaOf((values) => parseWithDeadline(schema, values, new Date()));
}
