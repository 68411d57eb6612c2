import "server-only";
import nodemailer from "nodemailer";
import { sendTimeoutMs, type Transport } from "./transport";

/**
 * SMTP through nodemailer, configured by one URL (`smtp://user:pass@host:587`, `smtps://…:465`). The Message-ID is
 * made from the outbox row, so a message sent again after a crash carries the same id and mail systems can tell.
 */
export function smtpTransport(url: string, from: string): Transport {
  const transporter = nodemailer.createTransport(url, { from });
  const transporterOptions = transporter.options as { connectionTimeout?: number; greetingTimeout?: number; socketTimeout?: number };
  transporterOptions.connectionTimeout ??= sendTimeoutMs / 3;
  transporterOptions.greetingTimeout ??= sendTimeoutMs / 3;
  transporterOptions.socketTimeout ??= sendTimeoutMs;
  const domain = from.match(/@([^>\s]+)/)?.[1] ?? "localhost";
  return {
    name: "smtp",
    async send(envelope) {
      const info = await transporter.sendMail({
        to: envelope.to,
        subject: envelope.subject,
        text: envelope.body,
        messageId: `<${envelope.id}@${domain}>`,
        headers: { "Content-Language": envelope.language.split("+").join(", "), "X-Notification-Kind": envelope.kind, "X-Idempotency-Key": envelope.idempotencyKey },
      });
      return info.messageId ?? null;
    },
  };
}
