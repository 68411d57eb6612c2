import "server-only";

/** A message ready to go: the stored text with its link tokens put back in. */
export type Envelope = {
  id: string;
  idempotencyKey: string;
  kind: string;
  to: string;
  language: string;
  subject: string;
  body: string;
  personalisation: Record<string, string>;
};

export type Transport = {
  name: "notify" | "smtp" | "log";
  /** Sends one message; resolves with the provider's reference, throws when it was not accepted. */
  send(envelope: Envelope): Promise<string | null>;
};

/** Refuses to wait longer than the worker's claim lease, so a live worker never looks like a stopped one. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export const sendTimeoutMs = 30_000;
