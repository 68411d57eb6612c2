import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/forms/ActionButton";
import { withClientMessages } from "@/components/layout/ClientMessages";
import { RegisterSupplierForm } from "@/components/supplier/RegisterSupplierForm";
import { momentInWords } from "@/lib/domain/dates";
import { inLanguage } from "@/lib/i18n/in-language";
import { toLocale } from "@/lib/i18n/locales";
import { getActor } from "@/lib/server/auth/actor";
import { heldLinkToken } from "@/lib/server/link-token-cookie";
import { findOpenSupplierInvitation } from "@/lib/server/responses/register-supplier";
import { acceptSupplierInvitationAction, registerSupplierAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("supplier.register"))("title") };
}

async function SupplierInvitationPage() {
  const token = await heldLinkToken("supplier-invitation");
  const t = await getTranslations("supplier.register");
  const ta = await getTranslations("supplierInvitation");
  const ti = await getTranslations("invitation");
  const locale = toLocale(await getLocale());
  const invitation = token ? await findOpenSupplierInvitation(token) : null;
  if (!invitation) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{ti("unusable.title")}</h1>
          <p className="govuk-body">{t("unusable")}</p>
        </div>
      </div>
    );
  }
  const buyer = locale === "cy" && invitation.buyerNameCy ? invitation.buyerNameCy : invitation.buyerNameEn;
  const deadline = momentInWords(invitation.responseDeadline, locale);
  const intro = t("intro", { buyer, title: inLanguage(invitation.title, toLocale(locale)).text, reference: invitation.reference, email: invitation.email, deadline });
  const actor = await getActor();
  if (actor) {
    const organisation = locale === "cy" && actor.organisationNameCy ? actor.organisationNameCy : actor.organisationNameEn;
    const mayAccept = actor.organisationKind === "supplier" && actor.role === "supplier-admin";
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{ta("acceptTitle")}</h1>
          <p className="govuk-body">{ta("invited", { buyer, title: inLanguage(invitation.title, toLocale(locale)).text, reference: invitation.reference, email: invitation.email, deadline })}</p>
          {mayAccept ? (
            <>
              <p className="govuk-body">{ta("acceptBody", { organisation })}</p>
              <ActionButton action={acceptSupplierInvitationAction} label={ta("accept", { organisation })} variant="primary" />
            </>
          ) : (
            <p className="govuk-body">{ta("notSupplierAdmin", { organisation })}</p>
          )}
        </div>
      </div>
    );
  }
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <div className="govuk-inset-text">
          <p className="govuk-body govuk-!-font-weight-bold">{ta("existingTitle")}</p>
          <p className="govuk-body">{ta("existingBody")}</p>
          <p className="govuk-body">
            <a className="govuk-link" href={`/signin?callbackUrl=${encodeURIComponent("/supplier-invitation")}`}>{ta("signIn")}</a>
          </p>
        </div>
        <RegisterSupplierForm intro={intro} action={registerSupplierAction} />
      </div>
    </div>
  );
}

export default withClientMessages(SupplierInvitationPage, ["errors", "nations", "supplier.register"]);
