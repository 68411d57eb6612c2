import "server-only";
import type { Transport } from "./transport";

/**
 * With neither GOV.UK Notify nor SMTP configured, a message is "sent" to the server log (and stays readable by the
 * recipient organisation's admins on the outbox page), so a local `npm start` shows what would be sent.
 */
export function logTransport(write: (line: string) => void = (line) => console.log(line)): Transport {
  return {
    name: "log",
    async send(envelope) {
      write(`[notification] to ${envelope.to} (${envelope.language}) — ${envelope.subject}\n${envelope.body}\n[/notification ${envelope.id}]`);
      return null;
    },
  };
}
