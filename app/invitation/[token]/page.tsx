import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AcceptInvitationForm } from "@/components/members/AcceptInvitationForm";
import { organisationName } from "@/lib/i18n/organisation-name";
import { findOpenInvitation } from "@/lib/server/members/accept-invitation";
import { acceptInvitationAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invitation"))("title") };
}

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("invitation");
  const tr = await getTranslations("roles");
  const invitation = await findOpenInvitation(token);
  if (!invitation) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{t("unusable.title")}</h1>
          <p className="govuk-body">{t("unusable.body")}</p>
          <p className="govuk-body">{t("unusable.next")}</p>
        </div>
      </div>
    );
  }
  const organisation = organisationName(invitation, await getLocale());
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <AcceptInvitationForm
          intro={t("intro", { organisation, role: tr(invitation.role), email: invitation.email })}
          action={acceptInvitationAction.bind(null, token)}
        />
      </div>
    </div>
  );
}
