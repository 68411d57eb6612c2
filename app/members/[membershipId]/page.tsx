import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/govuk/BackLink";
import { SummaryList } from "@/components/govuk/SummaryList";
import { withClientMessages } from "@/components/layout/ClientMessages";
import { ChangeRoleForm } from "@/components/members/ChangeRoleForm";
import { adminRoles, rolesFor } from "@/lib/domain/organisations/roles";
import { requireActor } from "@/lib/server/auth/actor";
import { getMember } from "@/lib/server/members/list-members";
import { pageNotFound } from "@/lib/server/page-not-found";
import { changeMemberRoleAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("members"))("memberTitle") };
}

async function MemberPage({ params }: { params: Promise<{ membershipId: string }> }) {
  const { membershipId } = await params;
  const actor = await requireActor({ roles: adminRoles, returnTo: `/members/${membershipId}` });
  const member = await getMember(actor, membershipId);
  if (!member) pageNotFound();
  const t = await getTranslations("members");
  const tc = await getTranslations("common");
  return (
    <>
      <BackLink href="/members" text={tc("back")} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{t("memberTitle")}</span>
          <SummaryList
            rows={[
              { key: "name", label: t("name"), value: member.name },
              { key: "email", label: t("email"), value: member.email },
            ]}
          />
          <ChangeRoleForm roles={rolesFor(actor.organisationKind)} currentRole={member.role} name={member.name} action={changeMemberRoleAction.bind(null, member.id)} />
          <h2 className="govuk-heading-m">{t("removeHeading")}</h2>
          <p className="govuk-body">
            <a className="govuk-link" href={`/members/${member.id}/remove`}>
              {member.isYou ? t("removeYourself") : t("removeLink", { name: member.name })}
            </a>
          </p>
        </div>
      </div>
    </>
  );
}

export default withClientMessages(MemberPage, ["errors", "members.changeForm", "roles"]);
