// Deadline reminders to invited suppliers that have not submitted: 7 days and 1 day before the deadline. A reminder
// is due from its moment until the next one (or the deadline), so a worker that was down for a while still sends
// the one that matters now, and never a 7-day reminder a few hours before the deadline.

export type ReminderKind = "7-days" | "1-day";

const day = 24 * 60 * 60 * 1000;
export const reminderOffsets: Record<ReminderKind, number> = { "7-days": 7 * day, "1-day": day };

/** The reminder due at `now` for a deadline, or null. */
export function dueReminder(deadline: Date, now: Date): ReminderKind | null {
  const left = deadline.getTime() - now.getTime();
  if (left <= 0) return null;
  if (left <= reminderOffsets["1-day"]) return "1-day";
  if (left <= reminderOffsets["7-days"]) return "7-days";
  return null;
}

/**
 * The idempotency key of a reminder: one per assessment, deadline, reminder and recipient, so a worker running
 * every few seconds sends it once, and an extended deadline gets its own reminders.
 */
export function reminderKey(assessmentId: string, deadline: Date, reminder: ReminderKind, recipient: string): string {
  return `deadline-reminder:${assessmentId}:${deadline.toISOString()}:${reminder}:${recipient}`;
}
