import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Panel } from "@/components/govuk/Panel";
import { momentInWords } from "@/lib/domain/dates";
import { canWithdraw, isOpen } from "@/lib/domain/responses/deadline";
import { inLanguage } from "@/lib/i18n/in-language";
import { toLocale } from "@/lib/i18n/locales";
import { requireActor } from "@/lib/server/auth/actor";
import { pageNotFound } from "@/lib/server/page-not-found";
import { responseDrafters, responseSubmitters } from "@/lib/server/responses/access";
import { getOwnResponse } from "@/lib/server/responses/get-response";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("supplier.confirmation"))("title") };
}

export default async function ConfirmationPage({ params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  const actor = await requireActor({ roles: responseDrafters, returnTo: `/responses/${assessmentId}/confirmation` });
  const data = await getOwnResponse(actor, assessmentId);
  if (!data || data.response?.status !== "submitted") pageNotFound();
  const { assessment, response } = data;
  const t = await getTranslations("supplier.confirmation");
  const locale = toLocale(await getLocale());
  // Each follows "on", "until" ("ar", "tan"): in Welsh the day's name takes the soft mutation.
  const deadline = momentInWords(assessment.responseDeadline, locale, { weekday: true, place: "after-ar-o-tan" });
  const closed = !isOpen(assessment.responseDeadline, new Date());
  const decided = ["awarded", "not-awarded", "cancelled"].includes(assessment.supplierOutcome);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel title={t("title")}>
          {t("reference")}
          <br />
          <strong data-testid="submission-reference">{response.reference}</strong>
        </Panel>
        <p className="govuk-body">{t("submittedAt", { submittedAt: momentInWords(response.submittedAt!, locale, { weekday: true, place: "after-ar-o-tan" }), title: inLanguage(assessment.title, locale).text })}</p>
        <h2 className="govuk-heading-m">{t("receiptHeading")}</h2>
        <p className="govuk-body">{t("receiptBody")}</p>
        <p className="govuk-body">
          <code className="govuk-!-font-size-16" data-testid="receipt-hash">{response.receiptHash}</code>
        </p>
        <h2 className="govuk-heading-m">{t("nextHeading")}</h2>
        <p className="govuk-body">{t(decided ? "nextBodyDecided" : closed ? "nextBodyClosed" : "nextBody", { deadline })}</p>
        {canWithdraw(response.status, assessment.responseDeadline, new Date()) && responseSubmitters.includes(actor.role) && (
          <>
            <p className="govuk-body">{t("withdrawBody", { deadline })}</p>
            <a className="govuk-button govuk-button--warning" role="button" draggable="false" data-module="govuk-button" href={`/responses/${assessment.id}/withdraw`}>
              {t("withdraw")}
            </a>
          </>
        )}
        <p className="govuk-body">
          <a className="govuk-link" href="/responses">{t("backToInvitations")}</a>
        </p>
      </div>
    </div>
  );
}
