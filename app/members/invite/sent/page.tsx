import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { CopyLinkButton } from "@/components/forms/CopyLinkButton";
import { Panel } from "@/components/govuk/Panel";
import { momentInWords } from "@/lib/domain/dates";
import { adminRoles } from "@/lib/domain/organisations/roles";
import { toLocale } from "@/lib/i18n/locales";
import { requireActor } from "@/lib/server/auth/actor";
import { recallInvitationLink } from "@/lib/server/invitation-flash";
import { findSentInvitation } from "@/lib/server/members/find-sent-invitation";
import { pageNotFound } from "@/lib/server/page-not-found";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("members.sent"))("title") };
}

export default async function InvitationSentPage({ searchParams }: { searchParams: Promise<{ invitation?: string; resent?: string }> }) {
  const actor = await requireActor({ roles: adminRoles });
  const { invitation: invitationId = "", resent } = await searchParams;
  const token = await recallInvitationLink(invitationId);
  const invitation = await findSentInvitation(actor, invitationId, token);
  if (!invitation) pageNotFound();
  const t = await getTranslations("members.sent");
  const tl = await getTranslations("links");
  const tr = await getTranslations("roles");
  const locale = toLocale(await getLocale());
  const host = (await headers()).get("host") ?? "localhost:3000";
  const origin = process.env.NEXTAUTH_URL?.replace(/\/$/, "") ?? `http://${host}`;
  const link = `${origin}/invitation/${token}`;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel title={resent ? tl("resentTitle") : t("title")}>{t("panel", { email: invitation.email })}</Panel>
        <p className="govuk-body">{resent ? tl("resentBody", { email: invitation.email }) : tl("emailed", { email: invitation.email })}</p>
        <p className="govuk-body">{t("role", { role: tr(invitation.role) })}</p>
        <h2 className="govuk-heading-m">{t("linkHeading")}</h2>
        <p className="govuk-body">{t("linkBody", { expires: momentInWords(invitation.expiresAt, locale) })}</p>
        <p className="govuk-body">
          <code className="app-invitation-link" data-testid="invitation-link" id="invitation-link">
            {link}
          </code>
        </p>
        <p className="govuk-hint">{tl("copyHint")}</p>
        <CopyLinkButton text={link} label={tl("copy")} copiedMessage={tl("copied")} targetId="invitation-link" />
        <p className="govuk-body">
          <a className="govuk-link" href="/members">
            {t("back")}
          </a>
        </p>
      </div>
    </div>
  );
}
