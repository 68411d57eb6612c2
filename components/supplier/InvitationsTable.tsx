import { getLocale, getTranslations } from "next-intl/server";
import { Table } from "@/components/govuk/Table";
import type { SupplierInvitation } from "@/lib/domain/dashboard/supplier-work";
import { momentInWords } from "@/lib/domain/dates";
import { inLanguage } from "@/lib/i18n/in-language";
import { toLocale } from "@/lib/i18n/locales";
import { ResponseStatusTag } from "./ResponseStatusTag";

type Invitation = SupplierInvitation & { buyerNameEn: string; buyerNameCy: string | null };

/** The assessments a supplier organisation is invited to respond to, with deadlines (UK time) and status. */
export async function InvitationsTable({ invitations }: { invitations: readonly Invitation[] }) {
  const t = await getTranslations("supplier.invitations");
  const locale = toLocale(await getLocale());
  if (invitations.length === 0) return <p className="govuk-inset-text" data-testid="no-invitations">{t("none")}</p>;
  return (
    <Table
      caption={t("caption")}
      head={[t("assessment"), t("buyer"), t("deadline"), t("status")]}
      rows={invitations.map((invitation) => ({
        key: invitation.id,
        cells: [
          <>
            <a className="govuk-link" href={`/responses/${invitation.id}`}>{inLanguage(invitation.title, toLocale(locale)).text}</a>
            <br />
            <span className="govuk-hint">{invitation.reference}</span>
          </>,
          locale === "cy" && invitation.buyerNameCy ? invitation.buyerNameCy : invitation.buyerNameEn,
          momentInWords(invitation.responseDeadline, locale),
          <>
            <ResponseStatusTag outcome={invitation.outcome} />
            {(invitation.outcome === "not-started" || invitation.outcome === "in-progress" || invitation.outcome === "withdrawn") && (
              <span className="govuk-hint govuk-!-display-block govuk-!-margin-top-1 govuk-!-margin-bottom-0">{t("progress", { answered: invitation.answered, total: invitation.questions })}</span>
            )}
          </>,
        ],
      }))}
    />
  );
}
