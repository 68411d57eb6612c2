// A response deadline must be in a sensible window: after now, and no more than two years ahead (a deadline in the
// year 3000 is a typing slip, not a procurement). An extension after publishing only ever moves it later.

export const MAX_YEARS_AHEAD = 2;

export type DeadlineProblem = "past" | "tooFar" | "notLater";

/** The latest deadline allowed when `now` is the time: the same date and time two years on (29 Feb → 1 Mar). */
export function latestDeadline(now: Date): Date {
  const latest = new Date(now.getTime());
  latest.setUTCFullYear(latest.getUTCFullYear() + MAX_YEARS_AHEAD);
  return latest;
}

/** Why a deadline cannot be used, or null. `current` is the published deadline when it is being extended. */
export function deadlineProblem(deadline: Date, now: Date, current?: Date): DeadlineProblem | null {
  if (deadline.getTime() <= now.getTime()) return "past";
  if (current && deadline.getTime() <= current.getTime()) return "notLater";
  if (deadline.getTime() > latestDeadline(now).getTime()) return "tooFar";
  return null;
}
