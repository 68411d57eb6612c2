import { readFileSync } from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";

// What the test server's SMTP server received (scripts/e2e-mailbox.mjs), one message per line.

export type Mail = { to: string[]; subject: string; text: string; messageId: string; language: string; kind: string; receivedAt: string };

const file = path.resolve("data", `e2e-${process.env.E2E_PORT ?? "3100"}-mail.jsonl`);

export function allMail(): Mail[] {
  return readFileSync(file, "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line) as Mail);
}

export function mailTo(address: string, kind?: string): Mail[] {
  return allMail().filter((mail) => mail.to.includes(address.toLowerCase()) && (!kind || mail.kind === kind));
}

/**
 * Waits for the worker to deliver a message of `kind` to `address` whose subject or text contains `about` (messages
 * of other tests share the mailbox), at least `count` of them, and returns the newest.
 */
export async function waitForMail(address: string, kind: string, about = "", count = 1): Promise<Mail> {
  const matching = () => mailTo(address, kind).filter((mail) => `${mail.subject}\n${mail.text}`.includes(about));
  await expect.poll(() => matching().length, { timeout: 15_000, message: `${kind} mail to ${address} about "${about}"` }).toBeGreaterThanOrEqual(count);
  return matching().at(-1)!;
}

/** The first link in a message starting with the service's address. */
export function linkIn(mail: Mail, pattern: RegExp): string {
  const link = mail.text.match(pattern)?.[0];
  expect(link, `a link matching ${pattern} in "${mail.subject}"`).toBeTruthy();
  return link!;
}
