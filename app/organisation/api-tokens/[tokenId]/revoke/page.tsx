import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ConfirmForm } from "@/components/forms/ConfirmForm";
import { BackLink } from "@/components/govuk/BackLink";
import { withClientMessages } from "@/components/layout/ClientMessages";
import { adminRoles } from "@/lib/domain/organisations/roles";
import { getRevocableApiToken } from "@/lib/server/api-tokens/api-tokens";
import { requireActor } from "@/lib/server/auth/actor";
import { pageNotFound } from "@/lib/server/page-not-found";
import { revokeApiTokenAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("apiTokens"))("revoke") };
}

/** Are you sure? Revoking stops the token at once, everywhere. */
async function RevokeApiTokenPage({ params }: { params: Promise<{ tokenId: string }> }) {
  const { tokenId } = await params;
  const actor = await requireActor({ roles: adminRoles, returnTo: `/organisation/api-tokens/${tokenId}/revoke` });
  const token = /^[a-z0-9]{20,40}$/.test(tokenId) ? await getRevocableApiToken(actor, tokenId) : null;
  if (!token) pageNotFound();
  const t = await getTranslations("apiTokens.revokeForm");
  const tc = await getTranslations("common");
  return (
    <>
      <BackLink href="/organisation/api-tokens" text={tc("back")} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{t("title", { name: token.name })}</h1>
          <p className="govuk-body">{t("body")}</p>
          <ConfirmForm action={revokeApiTokenAction.bind(null, token.id)} label={t("confirm")} cancel={{ href: "/organisation/api-tokens", text: t("cancel") }} warning />
        </div>
      </div>
    </>
  );
}

export default withClientMessages(RevokeApiTokenPage, ["errors"]);
