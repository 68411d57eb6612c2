import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { RegisterSupplierForm } from "@/components/supplier/RegisterSupplierForm";
import { toLocale } from "@/lib/i18n/locales";
import { inLanguage } from "@/lib/server/responses/bilingual-text";
import { findOpenSupplierInvitation } from "@/lib/server/responses/register-supplier";
import { registerSupplierAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("supplier.register"))("title") };
}

export default async function SupplierInvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("supplier.register");
  const ti = await getTranslations("invitation");
  const format = await getFormatter();
  const locale = await getLocale();
  const invitation = await findOpenSupplierInvitation(token);
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
  const intro = t("intro", { buyer, title: inLanguage(invitation.title, toLocale(locale)).text, reference: invitation.reference, email: invitation.email, deadline: format.dateTime(invitation.responseDeadline, { dateStyle: "long", timeStyle: "short", timeZone: "Europe/London" }) });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <RegisterSupplierForm intro={intro} action={registerSupplierAction.bind(null, token)} />
      </div>
    </div>
  );
}
