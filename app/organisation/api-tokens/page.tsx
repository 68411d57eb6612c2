import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { BackLink } from "@/components/govuk/BackLink";
import { Table } from "@/components/govuk/Table";
import { Tag } from "@/components/govuk/Tag";
import { SuccessBanner } from "@/components/layout/SuccessBanner";
import { momentInWords } from "@/lib/domain/dates";
import { adminRoles } from "@/lib/domain/organisations/roles";
import { toLocale } from "@/lib/i18n/locales";
import { organisationName } from "@/lib/i18n/organisation-name";
import { listApiTokens } from "@/lib/server/api-tokens/api-tokens";
import { requireActor } from "@/lib/server/auth/actor";
import { pageNotFound } from "@/lib/server/page-not-found";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("apiTokens"))("title") };
}

const stateColour = { active: "green", expired: "grey", revoked: "red" } as const;

/** The organisation's API tokens, for its admins: who made each, what it may do, when it expires, when it was last used. */
export default async function ApiTokensPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  const actor = await requireActor({ roles: adminRoles, returnTo: "/organisation/api-tokens" });
  const tokens = await listApiTokens(actor);
  if (!tokens) pageNotFound();
  const t = await getTranslations("apiTokens");
  const tc = await getTranslations("common");
  const locale = toLocale(await getLocale());
  const { done } = await searchParams;
  return (
    <>
      {done === "revoked" && <SuccessBanner title={tc("success")} heading={t("revoked")} />}
      <BackLink href="/organisation" text={tc("back")} />
      <span className="govuk-caption-l">{organisationName(actor, locale)}</span>
      <h1 className="govuk-heading-l">{t("title")}</h1>
      <p className="govuk-body">{t("intro")}</p>
      <p className="govuk-body">
        <a className="govuk-link" href="/developers">{t("reference")}</a>
      </p>
      <a href="/organisation/api-tokens/new" role="button" draggable="false" className="govuk-button" data-module="govuk-button">{t("create")}</a>
      {tokens.length === 0 ? (
        <p className="govuk-body">{t("none")}</p>
      ) : (
        <Table
          caption={t("caption")}
          testId="api-tokens"
          head={[t("name"), t("scope"), t("createdBy"), t("expiresAt"), t("lastUsedAt"), t("status"), ""]}
          rows={tokens.map((token) => ({
            key: token.id,
            cells: [
              <><span className="govuk-!-text-break-word">{token.name}</span> <span className="govuk-hint govuk-!-display-block govuk-!-margin-bottom-0">…{token.lastCharacters}</span></>,
              t(`scopes.${token.scope}`),
              <>{token.createdBy}<span className="govuk-hint govuk-!-display-block govuk-!-margin-bottom-0">{momentInWords(token.createdAt, locale)}</span></>,
              momentInWords(token.expiresAt, locale),
              token.lastUsedAt ? momentInWords(token.lastUsedAt, locale) : t("never"),
              <Tag colour={stateColour[token.state]}>{t(`states.${token.state}`)}</Tag>,
              token.state === "revoked" ? "" : (
                <a className="govuk-link" href={`/organisation/api-tokens/${token.id}/revoke`}>
                  {t("revoke")}<span className="govuk-visually-hidden"> {token.name}</span>
                </a>
              ),
            ],
          }))}
        />
      )}
    </>
  );
}
