import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { NotificationBanner } from "@/components/govuk/NotificationBanner";
import { EvidenceSummary } from "@/components/supplier/EvidenceSummary";
import { londonDay } from "@/lib/domain/responses/deadline";
import { requireActor } from "@/lib/server/auth/actor";
import { getEvidenceProfile } from "@/lib/server/evidence/evidence-profile";
import { pageNotFound } from "@/lib/server/page-not-found";
import { responseDrafters } from "@/lib/server/responses/access";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("supplier.evidence"))("title") };
}

export default async function EvidenceProfilePage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  const actor = await requireActor({ roles: responseDrafters, returnTo: "/evidence" });
  const profile = await getEvidenceProfile(actor);
  if (!profile) pageNotFound();
  const { done } = await searchParams;
  const t = await getTranslations("supplier.evidence");
  const tc = await getTranslations("common");
  const format = await getFormatter();
  return (
    <>
      {done && <NotificationBanner success title={tc("success")} heading={t("saved")} />}
      <h1 className="govuk-heading-l">{t("title")}</h1>
      <p className="govuk-body">{t("intro")}</p>
      <p className="govuk-body" data-testid="profile-updated">
        {profile.updatedAt ? t("updatedAt", { date: format.dateTime(profile.updatedAt, { dateStyle: "long", timeStyle: "short", timeZone: "Europe/London" }) }) : t("empty")}
      </p>
      <EvidenceSummary
        id="profile-evidence"
        content={profile.content}
        sections={["carbonReductionPlan", "sbti", "cdp", "ecoVadis", "epeat", "tcoCertified", "iso14001", "carbonTrustRouteToNetZero", "modernSlaveryStatement", "msat", "waste"]}
        onDate={londonDay(new Date())}
        nation={actor.nation}
      />
      <a className="govuk-button" href="/evidence/change">
        {t("change")}
      </a>
    </>
  );
}
