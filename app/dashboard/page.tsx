import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ContractWork } from "@/components/dashboard/ContractWork";
import { OpenForResponses } from "@/components/dashboard/OpenForResponses";
import { OrganisationCounts } from "@/components/dashboard/OrganisationCounts";
import { SupplierWorkWaiting } from "@/components/dashboard/SupplierWorkWaiting";
import { WorkWaiting } from "@/components/dashboard/WorkWaiting";
import { InvitationsTable } from "@/components/supplier/InvitationsTable";
import { contractWorkWaiting } from "@/lib/domain/contracts/contract-work";
import { supplierWorkWaiting } from "@/lib/domain/dashboard/supplier-work";
import { openForResponses, workWaiting } from "@/lib/domain/dashboard/work-waiting";
import { isAdminRole } from "@/lib/domain/organisations/roles";
import { londonDay } from "@/lib/domain/responses/deadline";
import { toLocale } from "@/lib/i18n/locales";
import { organisationName } from "@/lib/i18n/organisation-name";
import { requireActor } from "@/lib/server/auth/actor";
import { getDashboardAssessments } from "@/lib/server/dashboard/get-dashboard";
import { getDashboardContracts } from "@/lib/server/dashboard/get-dashboard-contracts";
import { listInvitations } from "@/lib/server/responses/list-invitations";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

// What each role needs next: the work waiting for them, what is open for responses, and what comes next while there
// is nothing yet to show.
export default async function DashboardPage() {
  const actor = await requireActor({ returnTo: "/dashboard" });
  const t = await getTranslations("dashboard");
  const tr = await getTranslations("roles");
  const tl = await getTranslations("layout");
  const locale = toLocale(await getLocale());
  const assessments = await getDashboardAssessments(actor);
  const work = workWaiting(actor.role, assessments);
  const open = openForResponses(assessments);
  const invitations = actor.organisationKind === "supplier" ? await listInvitations(actor) : [];
  const ts = await getTranslations("supplier.dashboard");
  const contractWork = contractWorkWaiting(actor.role, await getDashboardContracts(actor), londonDay(new Date()));
  return (
    <>
      <span className="govuk-caption-l">{organisationName(actor, locale)}</span>
      <h1 className="govuk-heading-l">{t("title")}</h1>
      <p className="govuk-body">{t("signedInAs", { name: actor.name, role: tr(actor.role) })}</p>
      <h2 className="govuk-heading-m">{t(`${actor.role}.heading`)}</h2>
      <ContractWork work={contractWork} />
      {actor.organisationKind === "supplier" ? (
        <>
          {invitations.length > 0 ? (
            <>
              <h3 className="govuk-heading-s">{t("work.heading")}</h3>
              <SupplierWorkWaiting work={supplierWorkWaiting(invitations, new Date())} />
              <InvitationsTable invitations={invitations} />
            </>
          ) : (
            <div className="govuk-inset-text">
              <p className="govuk-body">{t(`${actor.role}.empty`)}</p>
              <p className="govuk-body">{t(`${actor.role}.next`)}</p>
            </div>
          )}
          <ul className="govuk-list">
            <li>
              <a className="govuk-link" href="/responses">
                {ts("responses")}
              </a>
            </li>
            <li>
              <a className="govuk-link" href="/evidence">
                {ts("evidence")}
              </a>
            </li>
          </ul>
        </>
      ) : actor.role === "organisation-admin" ? (
        <OrganisationCounts assessments={assessments} />
      ) : work.length > 0 || open.length > 0 ? (
        <>
          <h3 className="govuk-heading-s">{t("work.heading")}</h3>
          <WorkWaiting work={work} />
          <OpenForResponses assessments={open} />
        </>
      ) : (
        <div className="govuk-inset-text">
          <p className="govuk-body">{t(`${actor.role}.empty`)}</p>
          <p className="govuk-body">{t(`${actor.role}.next`)}</p>
        </div>
      )}
      {actor.organisationKind === "buyer" && (
        <p className="govuk-body">
          <a className="govuk-link" href="/assessments">
            {tl("nav.assessments")}
          </a>
        </p>
      )}
      {isAdminRole(actor.role) && (
        <>
          <h2 className="govuk-heading-m">{t("members.heading")}</h2>
          <p className="govuk-body">
            <a className="govuk-link" href="/members">
              {t("members.link")}
            </a>
          </p>
        </>
      )}
    </>
  );
}
