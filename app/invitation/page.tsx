import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { withClientMessages } from "@/components/layout/ClientMessages";
import { AcceptInvitationForm } from "@/components/members/AcceptInvitationForm";
import { toLocale } from "@/lib/i18n/locales";
import { organisationName } from "@/lib/i18n/organisation-name";
import { heldLinkToken } from "@/lib/server/link-token-cookie";
import { findOpenInvitation } from "@/lib/server/members/accept-invitation";
import { acceptInvitationAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invitation"))("title") };
}

async function InvitationPage() {
  const token = await heldLinkToken("member-invitation");
  const t = await getTranslations("invitation");
  const tr = await getTranslations("roles");
  const invitation = token ? await findOpenInvitation(token) : null;
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
  const organisation = organisationName(invitation, toLocale(await getLocale()));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <AcceptInvitationForm
          intro={t("intro", { organisation, role: tr(invitation.role), email: invitation.email })}
          action={acceptInvitationAction}
        />
      </div>
    </div>
  );
}

export default withClientMessages(InvitationPage, ["errors", "invitation"]);
