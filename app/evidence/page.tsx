import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { SuccessBanner } from "@/components/layout/SuccessBanner";
import { EvidenceSummary } from "@/components/supplier/EvidenceSummary";
import { momentInWords } from "@/lib/domain/dates";
import { londonDay } from "@/lib/domain/responses/deadline";
import { allEvidenceSections } from "@/lib/domain/responses/evidence-copy";
import { toLocale } from "@/lib/i18n/locales";
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
  const locale = toLocale(await getLocale());
  return (
    <>
      {done && <SuccessBanner title={tc("success")} heading={t("saved")} />}
      <h1 className="govuk-heading-l">{t("title")}</h1>
      <p className="govuk-body">{t("intro")}</p>
      <p className="govuk-body" data-testid="profile-updated">
        {profile.updatedAt ? t("updatedAt", { date: momentInWords(profile.updatedAt, locale) }) : t("empty")}
      </p>
      <EvidenceSummary
        id="profile-evidence"
        content={profile.content}
        sections={allEvidenceSections}
        onDate={londonDay(new Date())}
        nation={actor.nation}
      />
      <a className="govuk-button" href="/evidence/change">
        {t("change")}
      </a>
    </>
  );
}
