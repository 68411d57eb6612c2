import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { Panel } from "@/components/govuk/Panel";
import { requireActor } from "@/lib/server/auth/actor";
import { recallInvitationLink } from "@/lib/server/invitation-flash";
import { assessmentEditors } from "@/lib/server/assessments/access";
import { findSentSupplierInvitation } from "@/lib/server/assessments/supplier-invitations";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("assessments.suppliers"))("invitedTitle") };
}

export default async function SupplierInvitedPage({ params, searchParams }: { params: Promise<{ assessmentId: string }>; searchParams: Promise<{ invitation?: string }> }) {
  const { assessmentId } = await params;
  const { invitation: invitationId = "" } = await searchParams;
  const token = await recallInvitationLink(invitationId);
  const actor = await requireActor({ roles: assessmentEditors });
  const invitation = await findSentSupplierInvitation(actor, assessmentId, invitationId, token);
  if (!invitation) notFound();
  const t = await getTranslations("assessments.suppliers");
  const host = (await headers()).get("host") ?? "localhost:3000";
  const origin = process.env.NEXTAUTH_URL?.replace(/\/$/, "") ?? `http://${host}`;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel title={t("invitedTitle")}>{invitation.email}</Panel>
        <p className="govuk-body">{t("invitedBody")}</p>
        <p className="govuk-body">
          <code data-testid="supplier-invitation-link">{`${origin}/supplier-invitation/${token}`}</code>
        </p>
        <a className="govuk-link" href={`/assessments/${assessmentId}#suppliers`}>{t("backToAssessment")}</a>
      </div>
    </div>
  );
}
