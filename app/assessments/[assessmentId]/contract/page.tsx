import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ContractTermsForm } from "@/components/contracts/ContractTermsForm";
import { BackLink } from "@/components/govuk/BackLink";
import { withClientMessages } from "@/components/layout/ClientMessages";
import { dateInWords } from "@/lib/domain/dates";
import { toLocale } from "@/lib/i18n/locales";
import { assessmentTitle } from "@/lib/i18n/assessment-title";
import { requireActor } from "@/lib/server/auth/actor";
import { contractEditors } from "@/lib/server/contracts/access";
import { contractStart } from "@/lib/server/contracts/create-contract";
import { pageNotFound } from "@/lib/server/page-not-found";
import { createContractAction } from "@/app/contracts/actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("contracts.make"))("title") };
}

async function MakeContractPage({ params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  const actor = await requireActor({ roles: contractEditors, returnTo: `/assessments/${assessmentId}/contract` });
  const start = await contractStart(actor, assessmentId);
  if (!start) pageNotFound();
  if (start.contractId) redirect(`/contracts/${start.contractId}`);
  const t = await getTranslations("contracts.make");
  const tc = await getTranslations("common");
  const locale = toLocale(await getLocale());
  const supplier = locale === "cy" && start.supplier.nameCy ? start.supplier.nameCy : start.supplier.nameEn;
  return (
    <>
      <BackLink href={`/assessments/${start.assessment.id}`} text={tc("back")} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">
            {start.assessment.reference}: {assessmentTitle(start.assessment, locale)}
          </span>
          <h1 className="govuk-heading-l">{t("title")}</h1>
          <p className="govuk-body">{t("intro", { supplier, awardedOn: dateInWords(start.awardedOn, locale) })}</p>
          <p className="govuk-body" data-testid="standstill">{t("standstill", { lastDay: dateInWords(start.standstillLastDay, locale) })}</p>
          <ContractTermsForm action={createContractAction.bind(null, start.assessment.id)} />
        </div>
      </div>
    </>
  );
}

export default withClientMessages(MakeContractPage, ["errors", "contracts.make"]);
