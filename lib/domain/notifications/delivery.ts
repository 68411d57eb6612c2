// When a failed delivery is tried again: exponential backoff from 30 seconds, capped at an hour, and given up
// after 10 attempts (about 4 hours), when the message is marked failed for the outbox page and the log.

export const maxAttempts = 10;
const baseDelayMs = 30_000;
const maxDelayMs = 60 * 60 * 1000;

/** The next attempt after `attempts` failed ones, or null when the message should be given up. */
export function nextAttemptAt(attempts: number, now: Date): Date | null {
  if (attempts >= maxAttempts) return null;
  const delay = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempts - 1));
  return new Date(now.getTime() + delay);
}

/** A claim older than this is taken to belong to a worker that stopped (crashed, killed) mid-delivery. */
export const claimLeaseMs = 2 * 60 * 1000;

/** Puts the link tokens into a message's text at sending time; the stored text keeps the placeholders. */
export function fillSecrets(text: string, secrets: Record<string, string>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => secrets[name] ?? whole);
}

/** The stored text as shown on the outbox page: links with tokens are never shown there. */
export function hideSecrets(text: string, hidden: string): string {
  return text.replace(/\S*\{\{\w+\}\}\S*/g, hidden);
}
