// The browser tests' mail server: a real SMTP server (smtp-server) on loopback that the production server sends its
// e-mail to (SMTP_URL), writing every message it accepts, parsed, as one JSON line to a file the specs read
// (e2e/mailbox.ts). Started and stopped with the test server by scripts/e2e-server.mjs.
import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export async function startMailbox(file) {
  // On a fresh clone nothing has made data/ yet.
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, "");
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks = [];
      stream.on("data", (chunk) => chunks.push(chunk));
      stream.on("end", async () => {
        try {
          const parsed = await simpleParser(Buffer.concat(chunks));
          const mail = {
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            messageId: parsed.messageId ?? "",
            language: String(parsed.headers.get("content-language") ?? ""),
            kind: String(parsed.headers.get("x-notification-kind") ?? ""),
            receivedAt: new Date().toISOString(),
          };
          appendFileSync(file, `${JSON.stringify(mail)}\n`);
          callback();
        } catch (error) {
          callback(error);
        }
      });
    },
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { port: server.server.address().port, close: () => new Promise((resolve) => server.close(resolve)) };
}
