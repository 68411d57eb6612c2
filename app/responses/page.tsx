import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InvitationsTable } from "@/components/supplier/InvitationsTable";
import { requireActor } from "@/lib/server/auth/actor";
import { responseDrafters } from "@/lib/server/responses/access";
import { listInvitations } from "@/lib/server/responses/list-invitations";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("supplier.invitations"))("title") };
}

export default async function InvitationsPage() {
  const actor = await requireActor({ roles: responseDrafters, returnTo: "/responses" });
  const t = await getTranslations("supplier.invitations");
  const invitations = await listInvitations(actor);
  return (
    <>
      <h1 className="govuk-heading-l">{t("title")}</h1>
      <p className="govuk-body">{t("intro")}</p>
      <InvitationsTable invitations={invitations} />
      <p className="govuk-body">
        <a className="govuk-link" href="/evidence">{t("profileLink")}</a>
      </p>
    </>
  );
}
