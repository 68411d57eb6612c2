import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/govuk/BackLink";
import { withClientMessages } from "@/components/layout/ClientMessages";
import { RemoveMemberForm } from "@/components/members/RemoveMemberForm";
import { adminRoles } from "@/lib/domain/organisations/roles";
import { requireActor } from "@/lib/server/auth/actor";
import { getMember } from "@/lib/server/members/list-members";
import { pageNotFound } from "@/lib/server/page-not-found";
import { removeMemberAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("members"))("removeHeading") };
}

async function RemoveMemberPage({ params }: { params: Promise<{ membershipId: string }> }) {
  const { membershipId } = await params;
  const actor = await requireActor({ roles: adminRoles, returnTo: `/members/${membershipId}/remove` });
  const member = await getMember(actor, membershipId);
  if (!member) pageNotFound();
  const tc = await getTranslations("common");
  return (
    <>
      <BackLink href={`/members/${member.id}`} text={tc("back")} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <RemoveMemberForm name={member.name} action={removeMemberAction.bind(null, member.id)} />
        </div>
      </div>
    </>
  );
}

export default withClientMessages(RemoveMemberPage, ["errors", "members.removeForm"]);
