import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/govuk/BackLink";
import { withClientMessages } from "@/components/layout/ClientMessages";
import { ApiTokenForm } from "@/components/organisation/ApiTokenForm";
import { apiTokenScopes } from "@/lib/domain/api/tokens";
import { adminRoles } from "@/lib/domain/organisations/roles";
import { requireActor } from "@/lib/server/auth/actor";
import { createApiTokenAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("apiTokens"))("form.title") };
}

async function NewApiTokenPage() {
  const actor = await requireActor({ roles: adminRoles, returnTo: "/organisation/api-tokens/new" });
  const tc = await getTranslations("common");
  return (
    <>
      <BackLink href="/organisation/api-tokens" text={tc("back")} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {/* A supplier organisation's token reads its own responses and profile only. */}
          <ApiTokenForm action={createApiTokenAction} scopes={actor.organisationKind === "buyer" ? apiTokenScopes : ["read"]} />
        </div>
      </div>
    </>
  );
}

export default withClientMessages(NewApiTokenPage, ["errors", "apiTokens"]);
