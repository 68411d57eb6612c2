import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { TargetsForm } from "@/components/contracts/TargetsForm";
import { BackLink } from "@/components/govuk/BackLink";
import { withClientMessages } from "@/components/layout/ClientMessages";
import { kpiKindInfo } from "@/lib/domain/contracts/kpi-kinds";
import { targetField } from "@/lib/forms/contract-targets";
import { toLocale } from "@/lib/i18n/locales";
import { requireActor } from "@/lib/server/auth/actor";
import { contractEditors } from "@/lib/server/contracts/access";
import { getContract } from "@/lib/server/contracts/get-contract";
import { pageNotFound } from "@/lib/server/page-not-found";
import { changeTargetsAction } from "@/app/contracts/actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("contracts.targets"))("title") };
}

async function TargetsPage({ params }: { params: Promise<{ contractId: string }> }) {
  const { contractId } = await params;
  const actor = await requireActor({ roles: contractEditors, returnTo: `/contracts/${contractId}/targets` });
  const contract = await getContract(actor, contractId);
  if (!contract || !contract.viewer.canEditTargets) pageNotFound();
  const t = await getTranslations("contracts.targets");
  const tc = await getTranslations("common");
  const locale = toLocale(await getLocale());
  const kpis = contract.kpis.map((kpi) => ({
    kind: kpi.kind,
    name: kpiKindInfo[kpi.kind].name[locale],
    unit: kpiKindInfo[kpi.kind].unit === "percent" ? "%" : "tCO2e",
    fields: contract.years.map((year) => ({ name: targetField(kpi.kind, year.year), year: year.year })),
  }));
  const initial = Object.fromEntries(contract.kpis.flatMap((kpi) => contract.years.map((year) => [targetField(kpi.kind, year.year), kpi.targets[year.year - 1] === null || kpi.targets[year.year - 1] === undefined ? "" : String(kpi.targets[year.year - 1])])));
  return (
    <>
      <BackLink href={`/contracts/${contract.id}`} text={tc("back")} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{contract.assessment.reference}</span>
          <h1 className="govuk-heading-l">{t("title")}</h1>
          <p className="govuk-body">{t("intro")}</p>
          <TargetsForm action={changeTargetsAction.bind(null, contract.id)} kpis={kpis} initial={{ ...initial, version: String(contract.version) }} cancel={`/contracts/${contract.id}`} />
        </div>
      </div>
    </>
  );
}

export default withClientMessages(TargetsPage, ["errors", "contracts.targets", "contracts.kpis"]);
