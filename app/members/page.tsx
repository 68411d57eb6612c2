import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/forms/ActionButton";
import { Table } from "@/components/govuk/Table";
import { withClientMessages } from "@/components/layout/ClientMessages";
import { SuccessBanner } from "@/components/layout/SuccessBanner";
import { momentInWords } from "@/lib/domain/dates";
import { adminRoles } from "@/lib/domain/organisations/roles";
import { toLocale } from "@/lib/i18n/locales";
import { organisationName } from "@/lib/i18n/organisation-name";
import { requireActor } from "@/lib/server/auth/actor";
import { listMembers } from "@/lib/server/members/list-members";
import { resendMemberInvitationAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("members"))("title") };
}

async function MembersPage({ searchParams }: { searchParams: Promise<{ done?: string; name?: string }> }) {
  const actor = await requireActor({ roles: adminRoles, returnTo: "/members" });
  const t = await getTranslations("members");
  const tl = await getTranslations("links");
  const tr = await getTranslations("roles");
  const tc = await getTranslations("common");
  const locale = toLocale(await getLocale());
  const { done, name } = await searchParams;
  const { members, pendingInvitations } = await listMembers(actor);
  return (
    <>
      {(done === "removed" || done === "changed" || done === "unchanged") && name && <SuccessBanner title={tc("success")} heading={t(`done.${done}`, { name })} />}
      <span className="govuk-caption-l">{organisationName(actor, locale)}</span>
      <h1 className="govuk-heading-l">{t("title")}</h1>
      <p className="govuk-body">
        <a className="govuk-link" href="/organisation">{tc("organisationDetails")}</a>
      </p>
      <a href="/members/invite" role="button" draggable="false" className="govuk-button" data-module="govuk-button">
        {t("invite")}
      </a>
      <Table
        caption={t("tableCaption")}
        head={[t("name"), t("email"), t("role"), <span className="govuk-visually-hidden" key="a">{t("actions")}</span>]}
        rows={members.map((member) => ({
          key: member.id,
          cells: [
            member.isYou ? t("you", { name: member.name }) : member.name,
            member.email,
            tr(member.role),
            <a className="govuk-link" href={`/members/${member.id}`} key="change">
              {t("change")}
              <span className="govuk-visually-hidden"> {member.name}</span>
            </a>,
          ],
        }))}
      />
      {pendingInvitations.length > 0 && (
        <Table
          caption={t("pendingCaption")}
          head={[t("email"), t("role"), t("expires"), <span className="govuk-visually-hidden" key="a">{t("actions")}</span>]}
          rows={pendingInvitations.map((invitation) => ({
            key: invitation.id,
            cells: [
              invitation.email,
              tr(invitation.role),
              momentInWords(invitation.expiresAt, locale),
              <ActionButton key="resend" action={resendMemberInvitationAction.bind(null, invitation.id)} label={tl("resend")} hidden={invitation.email} />,
            ],
          }))}
        />
      )}
    </>
  );
}

export default withClientMessages(MembersPage, ["errors"]);
