import "server-only";
import { messageKinds } from "@/lib/domain/notifications";
import { logTransport } from "./log";
import { notifyTransport } from "./notify";
import { smtpTransport } from "./smtp";
import type { Transport } from "./transport";

const envName = (kind: string) => `NOTIFY_TEMPLATE_ID_${kind.toUpperCase().replace(/-/g, "_")}`;

/**
 * GOV.UK Notify when NOTIFY_API_KEY and NOTIFY_TEMPLATE_ID are set; otherwise SMTP when SMTP_URL is set; otherwise
 * the server log (and the outbox page). See the README, "Notifications".
 */
export function chooseTransport(env: Record<string, string | undefined> = process.env): Transport {
  if (env.NOTIFY_API_KEY && env.NOTIFY_TEMPLATE_ID) {
    const templateIds = Object.fromEntries(messageKinds.flatMap((kind) => (env[envName(kind)] ? [[kind, env[envName(kind)]!]] : [])));
    return notifyTransport({ apiKey: env.NOTIFY_API_KEY, defaultTemplateId: env.NOTIFY_TEMPLATE_ID, templateIds, baseUrl: env.NOTIFY_BASE_URL || undefined });
  }
  if (env.SMTP_URL) return smtpTransport(env.SMTP_URL, env.SMTP_FROM || "Assess ICT suppliers' sustainability <no-reply@localhost>");
  return logTransport();
}
