// A real SMTP server on loopback for tests (smtp-server, by nodemailer's authors): keeps every message it accepts,
// parsed with mailparser. `stall` makes it accept a message's data and never answer, as a provider that hangs.
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type CaughtMail = { to: string[]; subject: string; text: string; messageId: string; headers: Record<string, string> };

export async function startMailCatcher(options: { stall?: boolean; port?: number; onMail?: (mail: CaughtMail) => void } = {}) {
  const mails: CaughtMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", async () => {
        if (options.stall) return; // never answers: the sender waits
        const parsed = await simpleParser(Buffer.concat(chunks));
        const headers: Record<string, string> = {};
        for (const [name, value] of parsed.headers) headers[name] = typeof value === "string" ? value : JSON.stringify(value);
        const mail = { to: session.envelope.rcptTo.map((rcpt) => rcpt.address), subject: parsed.subject ?? "", text: parsed.text ?? "", messageId: parsed.messageId ?? "", headers };
        mails.push(mail);
        options.onMail?.(mail);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    mails,
    port,
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
