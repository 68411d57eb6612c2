import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PreparedFileSteps } from "@/components/downloads/PreparedFileSteps";
import { RefreshWhileWorking } from "@/components/downloads/RefreshWhileWorking";
import { ActionButton } from "@/components/forms/ActionButton";
import { BackLink } from "@/components/govuk/BackLink";
import { withClientMessages } from "@/components/layout/ClientMessages";
import { momentInWords } from "@/lib/domain/dates";
import { fileSize, preparedFileSteps, progressRefreshForMs, progressRefreshMs, stepStates } from "@/lib/domain/exports/prepared-files";
import { assessmentTitle } from "@/lib/i18n/assessment-title";
import { toLocale } from "@/lib/i18n/locales";
import { recordId } from "@/lib/schemas/ids";
import { resultsReaders } from "@/lib/server/assessments/get-results";
import { requireActor } from "@/lib/server/auth/actor";
import { pageNotFound } from "@/lib/server/page-not-found";
import { getPreparedFile } from "@/lib/server/prepared-files/get-prepared-file";
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

/**
 * How a file being prepared in the background is getting on. With JavaScript the page is drawn afresh in place every
 * few seconds until the file is ready, and a status line announces each change; without, "Check now" looks again.
 */
async function PreparedFilePage(props: Props) {
  const job = await preparedFileOf(props);
  const t = await getTranslations("downloads");
  const locale = toLocale(await getLocale());
  const when = (instant: Date) => momentInWords(instant, locale);
  const here = `/assessments/${job.assessmentId}/downloads/${job.id}`;
  const back = `/assessments/${job.assessmentId}#exports`;
  const unfinished = job.status === "queued" || job.status === "working";
  const what = t(`files.${job.file.replace(".", "-") as "results-docx"}`);
  const steps = stepStates(job.status, job.step);
  const currentStep = steps.find((step) => step.state === "current")?.step ?? preparedFileSteps[0];
  return (
    <>
      {unfinished && <RefreshWhileWorking everyMs={progressRefreshMs} forMs={progressRefreshForMs} />}
      <BackLink href={back} text={t("backToAssessment")} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">
            {assessmentTitle(job.title, locale)} ({job.reference})
          </span>
          <h1 className="govuk-heading-l">{t(titleKey[job.status])}</h1>
          <p className="govuk-visually-hidden" role="status" data-testid="prepared-file-status">
            {unfinished ? t(`steps.${currentStep}`) : t(titleKey[job.status])}
          </p>
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
              <PreparedFileSteps steps={steps} heading={t("stepsHeading")} />
              <p className="govuk-body">{t("leaveAndReturn")}</p>
              <p className="govuk-body">
                <a className="govuk-link" href={here} data-testid="prepared-file-check">{t("checkNow")}</a>
              </p>
            </>
          )}
          {job.status === "failed" && job.errorReference && (
            <>
              <p className="govuk-body" data-testid="prepared-file-failed">{t("failedWithReference", { reference: job.errorReference })}</p>
              <ActionButton action={prepareFileAction.bind(null, job.assessmentId, job.file)} label={t("tryAgain")} variant="primary" />
            </>
          )}
          {job.status === "failed" && !job.errorReference && <p className="govuk-body" data-testid="prepared-file-failed">{t("failedRefused")}</p>}
          <p className="govuk-body">
            <a className="govuk-link" href={back}>{t("backToAssessment")}</a>
          </p>
        </div>
      </div>
    </>
  );
}

export default withClientMessages(PreparedFilePage, ["errors"]);
