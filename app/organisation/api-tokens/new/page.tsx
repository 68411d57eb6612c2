import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/govuk/BackLink";
import { withClientMessages } from "@/components/layout/ClientMessages";
import { ApiTokenForm } from "@/components/organisation/ApiTokenForm";
import { adminRoles } from "@/lib/domain/organisations/roles";
import { requireActor } from "@/lib/server/auth/actor";
import { createApiTokenAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("apiTokens"))("form.title") };
}

async function NewApiTokenPage() {
  await requireActor({ roles: adminRoles, returnTo: "/organisation/api-tokens/new" });
  const tc = await getTranslations("common");
  return (
    <>
      <BackLink href="/organisation/api-tokens" text={tc("back")} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ApiTokenForm action={createApiTokenAction} />
        </div>
      </div>
    </>
  );
}

export default withClientMessages(NewApiTokenPage, ["errors", "apiTokens"]);
