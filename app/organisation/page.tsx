import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { SummaryList } from "@/components/govuk/SummaryList";
import { withClientMessages } from "@/components/layout/ClientMessages";
import { SuccessBanner } from "@/components/layout/SuccessBanner";
import { OrganisationIdentifierForm } from "@/components/organisation/OrganisationIdentifierForm";
import { identifierSchemes } from "@/lib/domain/organisations/identifier-schemes";
import { adminRoles } from "@/lib/domain/organisations/roles";
import { toLocale } from "@/lib/i18n/locales";
import { organisationName } from "@/lib/i18n/organisation-name";
import { requireActor } from "@/lib/server/auth/actor";
import { getOrganisationDetails } from "@/lib/server/organisations/organisation-details";
import { pageNotFound } from "@/lib/server/page-not-found";
import { setOrganisationIdentifierAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("organisation"))("title") };
}

async function OrganisationPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  const actor = await requireActor({ roles: adminRoles, returnTo: "/organisation" });
  const organisation = await getOrganisationDetails(actor);
  if (!organisation) pageNotFound();
  const t = await getTranslations("organisation");
  const tc = await getTranslations("common");
  const locale = toLocale(await getLocale());
  const { done } = await searchParams;
  const schemes = identifierSchemes.map((scheme) => ({ code: scheme.code, name: scheme.name[locale], example: scheme.example }));
  return (
    <>
      {done === "saved" && <SuccessBanner title={tc("success")} heading={t("saved")} />}
      <span className="govuk-caption-l">{organisationName(actor, locale)}</span>
      <h1 className="govuk-heading-l">{t("title")}</h1>
      <p className="govuk-body">{t("intro")}</p>
      <SummaryList
        rows={[{ key: "identifier", label: t("identifier"), value: organisation.identifierScheme ? `${organisation.identifierScheme}-${organisation.identifierId}` : t("identifierNone") }]}
      />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <OrganisationIdentifierForm
            action={setOrganisationIdentifierAction}
            initial={{ identifierScheme: organisation.identifierScheme ?? "", identifierId: organisation.identifierId ?? "" }}
            schemes={schemes}
          />
        </div>
      </div>
      <h2 className="govuk-heading-m">{t("apiTokensHeading")}</h2>
      <p className="govuk-body">
        <a className="govuk-link" href="/organisation/api-tokens">{t("apiTokensLink")}</a>
      </p>
    </>
  );
}

export default withClientMessages(OrganisationPage, ["errors", "organisation"]);
