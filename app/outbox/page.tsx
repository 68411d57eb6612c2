import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Table } from "@/components/govuk/Table";
import { Tag } from "@/components/govuk/Tag";
import { momentInWords } from "@/lib/domain/dates";
import { adminRoles } from "@/lib/domain/organisations/roles";
import { toLocale } from "@/lib/i18n/locales";
import { organisationName } from "@/lib/i18n/organisation-name";
import { requireActor } from "@/lib/server/auth/actor";
import { listOutbox } from "@/lib/server/notifications/list-outbox";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("outbox"))("title") };
}

const statusColour = { pending: "grey", sending: "blue", sent: "green", failed: "red" } as const;

export default async function OutboxPage() {
  const actor = await requireActor({ roles: adminRoles, returnTo: "/outbox" });
  const t = await getTranslations("outbox");
  const locale = toLocale(await getLocale());
  const messages = (await listOutbox(actor, t("hiddenLink"))) ?? [];
  const at = (date: Date) => momentInWords(date, locale);
  return (
    <>
      <span className="govuk-caption-l">{organisationName(actor, locale)}</span>
      <h1 className="govuk-heading-l">{t("title")}</h1>
      <p className="govuk-body">{t("intro")}</p>
      {messages.length === 0 ? (
        <p className="govuk-body">{t("none")}</p>
      ) : (
        <Table
          caption={t("caption")}
          captionSize="s"
          head={[t("created"), t("to"), t("message"), t("status")]}
          rows={messages.map((message) => ({
            key: message.id,
            cells: [
              at(message.createdAt),
              message.to,
              <details className="govuk-details govuk-!-margin-bottom-0" key="message">
                <summary className="govuk-details__summary">
                  <span className="govuk-details__summary-text">{message.subject}</span>
                </summary>
                <div className="govuk-details__text">
                  <pre className="app-outbox-message" data-testid="outbox-body">{message.body}</pre>
                </div>
              </details>,
              <span key="status">
                <Tag colour={statusColour[message.status as keyof typeof statusColour] ?? "grey"}>{t(`statuses.${message.status}` as "statuses.sent")}</Tag>
                {message.sentAt && <span className="govuk-body-s govuk-!-display-block">{at(message.sentAt)}</span>}
                {message.status !== "sent" && message.lastError && <span className="govuk-body-s govuk-!-display-block">{t("lastError", { attempts: message.attempts })}</span>}
              </span>,
            ],
          }))}
        />
      )}
    </>
  );
}
