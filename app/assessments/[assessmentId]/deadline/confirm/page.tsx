import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ConfirmForm } from "@/components/forms/ConfirmForm";
import { BackLink } from "@/components/govuk/BackLink";
import { SummaryList } from "@/components/govuk/SummaryList";
import { withClientMessages } from "@/components/layout/ClientMessages";
import { momentInWords } from "@/lib/domain/dates";
import { toLocale } from "@/lib/i18n/locales";
import { isoInstant } from "@/lib/schemas/lifecycle";
import { assessmentEditors } from "@/lib/server/assessments/access";
import { previewDeadlineExtension } from "@/lib/server/assessments/extend-deadline";
import { requireActor } from "@/lib/server/auth/actor";
import { AppError } from "@/lib/server/errors";
import { pageNotFound } from "@/lib/server/page-not-found";
import { extendDeadlineAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("lifecycle.extend"))("confirmTitle") };
}

type Props = { params: Promise<{ assessmentId: string }>; searchParams: Promise<{ to?: string }> };

async function ConfirmExtensionPage({ params, searchParams }: Props) {
  const { assessmentId } = await params;
  const actor = await requireActor({ roles: assessmentEditors, returnTo: `/assessments/${assessmentId}/deadline` });
  const to = isoInstant.safeParse((await searchParams).to);
  if (!to.success) pageNotFound();
  const t = await getTranslations("lifecycle.extend");
  const te = await getTranslations("errors");
  const tc = await getTranslations("common");
  const locale = toLocale(await getLocale());
  const when = (instant: Date) => momentInWords(instant, locale, { weekday: true });
  // Back to the form with the new deadline as chosen, to change it rather than type it again.
  const back = `/assessments/${assessmentId}/deadline?to=${encodeURIComponent(to.data)}`;
  let preview: Awaited<ReturnType<typeof previewDeadlineExtension>>;
  try {
    preview = await previewDeadlineExtension(actor, assessmentId, new Date(to.data));
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return (
      <>
        <BackLink href={back} text={tc("back")} />
        <h1 className="govuk-heading-l">{t("confirmTitle")}</h1>
        <p className="govuk-body" data-testid="extension-refused">{te(error.messageKey)}</p>
        <a className="govuk-link" href={back}>{t("chooseAgain")}</a>
      </>
    );
  }
  if (!preview) pageNotFound();
  return (
    <>
      <BackLink href={back} text={tc("back")} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{preview.assessment.reference}</span>
          <h1 className="govuk-heading-l">{t("confirmTitle")}</h1>
          <SummaryList
            rows={[
              { key: "current", label: t("current"), value: when(preview.current) },
              {
                key: "new",
                label: t("new"),
                value: when(preview.deadline),
                action: (
                  <a className="govuk-link" href={back}>
                    {t("change")}
                    <span className="govuk-visually-hidden"> {t("new")}</span>
                  </a>
                ),
              },
            ]}
          />
          <p className="govuk-body">{t("suppliersTold", { count: preview.suppliers })}</p>
          <ConfirmForm action={extendDeadlineAction.bind(null, preview.assessment.id, preview.deadline.toISOString(), preview.assessment.version)} label={t("confirm")} cancel={{ href: `/assessments/${preview.assessment.id}`, text: t("cancel") }} />
        </div>
      </div>
    </>
  );
}

export default withClientMessages(ConfirmExtensionPage, ["errors"]);
