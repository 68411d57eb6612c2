import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/govuk/BackLink";
import { withClientMessages } from "@/components/layout/ClientMessages";
import { EvidenceProfileForm } from "@/components/supplier/EvidenceProfileForm";
import { evidenceProfileValues } from "@/lib/schemas/evidence";
import { requireActor } from "@/lib/server/auth/actor";
import { getEvidenceProfile } from "@/lib/server/evidence/evidence-profile";
import { responseDrafters } from "@/lib/server/responses/access";
import { pageNotFound } from "@/lib/server/page-not-found";
import { saveEvidenceProfileAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("supplier.evidence"))("changeTitle") };
}

async function ChangeEvidenceProfilePage() {
  const actor = await requireActor({ roles: responseDrafters, returnTo: "/evidence/change" });
  const profile = await getEvidenceProfile(actor);
  if (!profile) pageNotFound();
  const t = await getTranslations("supplier.evidence");
  const tc = await getTranslations("common");
  return (
    <>
      <BackLink href="/evidence" text={tc("back")} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{t("changeTitle")}</h1>
          <p className="govuk-body">{t("changeIntro")}</p>
          <EvidenceProfileForm action={saveEvidenceProfileAction} initial={{ ...evidenceProfileValues(profile.content), version: String(profile.version) }} />
        </div>
      </div>
    </>
  );
}

export default withClientMessages(ChangeEvidenceProfilePage, ["errors", "supplier.evidence", "supplier.evidence.form"]);
