import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { CopyLinkButton } from "@/components/forms/CopyLinkButton";
import { Panel } from "@/components/govuk/Panel";
import { requireActor } from "@/lib/server/auth/actor";
import { recallInvitationLink } from "@/lib/server/invitation-flash";
import { assessmentEditors } from "@/lib/server/assessments/access";
import { findSentSupplierInvitation } from "@/lib/server/assessments/supplier-invitations";
import { pageNotFound } from "@/lib/server/page-not-found";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("assessments.suppliers"))("invitedTitle") };
}

export default async function SupplierInvitedPage({ params, searchParams }: { params: Promise<{ assessmentId: string }>; searchParams: Promise<{ invitation?: string; resent?: string }> }) {
  const { assessmentId } = await params;
  const { invitation: invitationId = "", resent } = await searchParams;
  const token = await recallInvitationLink(invitationId);
  const actor = await requireActor({ roles: assessmentEditors });
  const invitation = await findSentSupplierInvitation(actor, assessmentId, invitationId, token);
  if (!invitation) pageNotFound();
  const t = await getTranslations("assessments.suppliers");
  const tl = await getTranslations("links");
  const host = (await headers()).get("host") ?? "localhost:3000";
  const origin = process.env.NEXTAUTH_URL?.replace(/\/$/, "") ?? `http://${host}`;
  const link = `${origin}/supplier-invitation/${token}`;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel title={resent ? tl("resentTitle") : t("invitedTitle")}>{invitation.email}</Panel>
        <p className="govuk-body">{resent ? tl("resentBody", { email: invitation.email ?? "" }) : tl("emailed", { email: invitation.email ?? "" })}</p>
        <p className="govuk-body">{t("invitedBody")}</p>
        <p className="govuk-body">
          <code data-testid="supplier-invitation-link" id="supplier-invitation-link">{link}</code>
        </p>
        <p className="govuk-hint">{tl("copyHint")}</p>
        <CopyLinkButton text={link} label={tl("copy")} copiedMessage={tl("copied")} targetId="supplier-invitation-link" />
        <a className="govuk-link" href={`/assessments/${assessmentId}#suppliers`}>{t("backToAssessment")}</a>
      </div>
    </div>
  );
}
