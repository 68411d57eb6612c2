import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PreparedFileSteps } from "@/components/downloads/PreparedFileSteps";
import { ActionButton } from "@/components/forms/ActionButton";
import { BackLink } from "@/components/govuk/BackLink";
import { withClientMessages } from "@/components/layout/ClientMessages";
import { momentInWords } from "@/lib/domain/dates";
import { fileSize, progressRefreshSeconds, stepStates } from "@/lib/domain/exports/prepared-files";
import { toLocale } from "@/lib/i18n/locales";
import { recordId } from "@/lib/schemas/ids";
import { resultsReaders } from "@/lib/server/assessments/get-results";
import { requireActor } from "@/lib/server/auth/actor";
import { getPreparedFile } from "@/lib/server/prepared-files/get-prepared-file";
import { pageNotFound } from "@/lib/server/page-not-found";
import { prepareFileAction } from "../actions";

type Props = { params: Promise<{ assessmentId: string; preparedFileId: string }> };

async function preparedFileOf({ params }: Props) {
  const { assessmentId, preparedFileId } = await params;
  const actor = await requireActor({ roles: resultsReaders, returnTo: `/assessments/${assessmentId}/downloads/${preparedFileId}` });
  if (!recordId.safeParse(assessmentId).success || !recordId.safeParse(preparedFileId).success) pageNotFound();
  return (await getPreparedFile(actor, assessmentId, preparedFileId)) ?? pageNotFound();
}

const titleKey = { queued: "titleWorking", working: "titleWorking", ready: "titleReady", failed: "titleFailed" } as const;

export async function generateMetadata(props: Props): Promise<Metadata> {
  const job = await preparedFileOf(props);
  return { title: (await getTranslations("downloads"))(titleKey[job.status]) };
}

/** How a file being prepared in the background is getting on; the page looks again by itself until it is ready. */
async function PreparedFilePage(props: Props) {
  const job = await preparedFileOf(props);
  const t = await getTranslations("downloads");
  const locale = toLocale(await getLocale());
  const when = (instant: Date) => momentInWords(instant, locale);
  const here = `/assessments/${job.assessmentId}/downloads/${job.id}`;
  const unfinished = job.status === "queued" || job.status === "working";
  const what = t(`files.${job.file.replace(".", "-") as "results-docx"}`);
  return (
    <>
      {unfinished && <meta httpEquiv="refresh" content={String(progressRefreshSeconds)} />}
      <BackLink href={`/assessments/${job.assessmentId}#exports`} text={t("backToAssessment")} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{job.reference}</span>
          <h1 className="govuk-heading-l">{t(titleKey[job.status])}</h1>
          <p className="govuk-body-l" data-testid="prepared-file-what">{what}</p>
          {job.status === "ready" && job.fileName && (
            <>
              <p className="govuk-body">
                <a className="govuk-link" href={`${here}/file`} download data-testid="prepared-file-download">
                  {t("download", { name: job.fileName })} ({fileSize(job.byteSize ?? 0)})
                </a>
              </p>
              {job.finishedAt && <p className="govuk-body">{t("preparedAt", { when: when(job.finishedAt) })}</p>}
            </>
          )}
          {unfinished && (
            <>
              <PreparedFileSteps steps={stepStates(job.status, job.step)} heading={t("stepsHeading")} />
              <p className="govuk-body" aria-live="polite">{t("refreshes", { seconds: progressRefreshSeconds })}</p>
              <p className="govuk-body">
                <a className="govuk-link" href={here}>{t("checkNow")}</a>
              </p>
            </>
          )}
          {job.status === "failed" && (
            <>
              <p className="govuk-body" data-testid="prepared-file-failed">{job.errorReference ? t("failedWithReference", { reference: job.errorReference }) : t("failedRefused")}</p>
              <ActionButton action={prepareFileAction.bind(null, job.assessmentId, job.file)} label={t("tryAgain")} variant="primary" />
            </>
          )}
          <p className="govuk-body">
            <a className="govuk-link" href={`/assessments/${job.assessmentId}#exports`}>{t("backToAssessment")}</a>
          </p>
        </div>
      </div>
    </>
  );
}

export default withClientMessages(PreparedFilePage, ["errors"]);
