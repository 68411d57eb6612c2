import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/govuk/BackLink";
import { withClientMessages } from "@/components/layout/ClientMessages";
import { InviteMemberForm } from "@/components/members/InviteMemberForm";
import { adminRoles, rolesFor } from "@/lib/domain/organisations/roles";
import { requireActor } from "@/lib/server/auth/actor";
import { inviteMemberAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("members.inviteForm"))("title") };
}

async function InviteMemberPage() {
  const actor = await requireActor({ roles: adminRoles, returnTo: "/members/invite" });
  const tc = await getTranslations("common");
  return (
    <>
      <BackLink href="/members" text={tc("back")} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <InviteMemberForm roles={rolesFor(actor.organisationKind)} action={inviteMemberAction} />
        </div>
      </div>
    </>
  );
}

export default withClientMessages(InviteMemberPage, ["errors", "members.inviteForm", "roleHints", "roles"]);
