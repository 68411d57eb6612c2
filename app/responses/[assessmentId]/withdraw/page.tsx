import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ConfirmForm } from "@/components/forms/ConfirmForm";
import { BackLink } from "@/components/govuk/BackLink";
import { withClientMessages } from "@/components/layout/ClientMessages";
import { momentInWords } from "@/lib/domain/dates";
import { canWithdraw } from "@/lib/domain/responses/deadline";
import { inLanguage } from "@/lib/i18n/in-language";
import { toLocale } from "@/lib/i18n/locales";
import { requireActor } from "@/lib/server/auth/actor";
import { pageNotFound } from "@/lib/server/page-not-found";
import { responseSubmitters } from "@/lib/server/responses/access";
import { getOwnResponse } from "@/lib/server/responses/get-response";
import { withdrawResponseAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("lifecycle.withdraw"))("title") };
}

async function WithdrawResponsePage({ params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  const actor = await requireActor({ roles: responseSubmitters, returnTo: `/responses/${assessmentId}/withdraw` });
  const data = await getOwnResponse(actor, assessmentId);
  if (!data || !canWithdraw(data.response?.status ?? null, data.assessment.responseDeadline, new Date())) pageNotFound();
  const t = await getTranslations("lifecycle.withdraw");
  const tc = await getTranslations("common");
  const locale = toLocale(await getLocale());
  const back = `/responses/${data.assessment.id}`;
  const deadline = momentInWords(data.assessment.responseDeadline, locale, { weekday: true });
  return (
    <>
      <BackLink href={back} text={tc("back")} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{data.assessment.reference}</span>
          <h1 className="govuk-heading-l">{t("heading", { title: inLanguage(data.assessment.title, locale).text })}</h1>
          <p className="govuk-body">{t("body", { deadline })}</p>
          <ConfirmForm action={withdrawResponseAction.bind(null, data.assessment.id)} label={t("confirm")} cancel={{ href: back, text: t("cancel") }} warning />
        </div>
      </div>
    </>
  );
}

export default withClientMessages(WithdrawResponsePage, ["errors"]);
