import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CopyLinkButton } from "@/components/forms/CopyLinkButton";
import { Panel } from "@/components/govuk/Panel";
import { WarningText } from "@/components/govuk/WarningText";
import { momentInWords } from "@/lib/domain/dates";
import { adminRoles } from "@/lib/domain/organisations/roles";
import { toLocale } from "@/lib/i18n/locales";
import { hashApiToken, listApiTokens } from "@/lib/server/api-tokens/api-tokens";
import { recallNewApiToken } from "@/lib/server/api-tokens/token-flash";
import { requireActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { pageNotFound } from "@/lib/server/page-not-found";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("apiTokens"))("created.title") };
}

/** The token just made, shown this once to the browser that made it. */
export default async function ApiTokenCreatedPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const actor = await requireActor({ roles: adminRoles });
  const { token: tokenId = "" } = await searchParams;
  const token = await recallNewApiToken(tokenId);
  const made = (await listApiTokens(actor))?.find((t) => t.id === tokenId && t.state === "active");
  // The cookie must hold this very token of the admin's own organisation.
  const matches = made && token && (await db.apiToken.count({ where: { id: made.id, tokenHash: hashApiToken(token) } })) === 1;
  if (!made || !matches) pageNotFound();
  const t = await getTranslations("apiTokens.created");
  const tc = await getTranslations("common");
  const locale = toLocale(await getLocale());
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel title={t("title")}>{made.name}</Panel>
        <h2 className="govuk-heading-m">{t("copyHeading")}</h2>
        <WarningText assistiveText={tc("warning")}>{t("copyBody")}</WarningText>
        <p className="govuk-body">
          <code className="app-invitation-link" data-testid="api-token" id="api-token">
            {token}
          </code>
        </p>
        <CopyLinkButton text={token} label={t("copy")} copiedMessage={t("copied")} targetId="api-token" />
        <p className="govuk-body">{t("expires", { date: momentInWords(made.expiresAt, locale) })}</p>
        <p className="govuk-body">
          <a className="govuk-link" href="/organisation/api-tokens">
            {t("back")}
          </a>
        </p>
      </div>
    </div>
  );
}
