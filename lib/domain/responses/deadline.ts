import { toLondonTime } from "../assessment-setup/london-time";

// The server's clock decides: a response may change, be submitted or withdrawn only strictly before the deadline.

export type ResponseStatus = "in-progress" | "submitted" | "withdrawn";

export function isOpen(deadline: Date, now: Date): boolean {
  return now.getTime() < deadline.getTime();
}

/** Answers, files and evidence may change while the response is not submitted and the deadline has not passed. */
export function canChange(status: ResponseStatus | null, deadline: Date, now: Date): boolean {
  return isOpen(deadline, now) && status !== "submitted";
}

export function canSubmit(status: ResponseStatus | null, deadline: Date, now: Date): boolean {
  return isOpen(deadline, now) && status !== "submitted";
}

export function canWithdraw(status: ResponseStatus | null, deadline: Date, now: Date): boolean {
  return isOpen(deadline, now) && status === "submitted";
}

/** Why a change is refused, as a message key under "errors", or null when it is allowed. */
export function refusal(action: "change" | "submit" | "withdraw", status: ResponseStatus | null, deadline: Date, now: Date): string | null {
  if (!isOpen(deadline, now)) return "response.deadlinePassed";
  if (action === "withdraw") return status === "submitted" ? null : "response.notSubmitted";
  return status === "submitted" ? "response.alreadySubmitted" : null;
}

/** The calendar day in the UK at an instant, as an ISO date: the day evidence is judged current or expired on. */
export function londonDay(instant: Date): string {
  const { year, month, day } = toLondonTime(instant);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
