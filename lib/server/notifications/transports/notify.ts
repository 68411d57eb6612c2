import "server-only";
import { NotifyClient } from "notifications-node-client";
import { sendTimeoutMs, withTimeout, type Transport } from "./transport";

export type NotifySettings = {
  apiKey: string;
  /** The template for every kind without its own: it must show ((subject)) as its subject and ((body)) as its body. */
  defaultTemplateId: string;
  /** Templates of particular kinds (e.g. "password-reset"), using the message's own fields as personalisation. */
  templateIds: Record<string, string>;
  /** Only for tests against a local stand-in; the real service is https://api.notifications.service.gov.uk. */
  baseUrl?: string;
};

/**
 * GOV.UK Notify: POST /v2/notifications/email with a JWT signed with the key's secret (HS256; iss = service id).
 * The outbox row's id is the `reference`, so a message can be found in Notify's dashboard and API.
 */
export function notifyTransport(settings: NotifySettings): Transport {
  const client = settings.baseUrl ? new NotifyClient(settings.baseUrl, settings.apiKey) : new NotifyClient(settings.apiKey);
  return {
    name: "notify",
    async send(envelope) {
      const templateId = settings.templateIds[envelope.kind] ?? settings.defaultTemplateId;
      const personalisation = { ...envelope.personalisation, subject: envelope.subject, body: envelope.body };
      try {
        const response = await withTimeout(client.sendEmail(templateId, envelope.to, { personalisation, reference: envelope.id }), sendTimeoutMs, "GOV.UK Notify");
        return (response.data as { id?: string }).id ?? null;
      } catch (error) {
        // Notify answers 400/403 with { errors: [{ error, message }] }: keep that, not the whole HTTP exchange.
        const data = (error as { response?: { status?: number; data?: { errors?: { error: string; message: string }[] } } }).response;
        if (data?.status) throw new Error(`GOV.UK Notify answered ${data.status}: ${(data.data?.errors ?? []).map((e) => `${e.error}: ${e.message}`).join("; ")}`);
        throw error;
      }
    },
  };
}
