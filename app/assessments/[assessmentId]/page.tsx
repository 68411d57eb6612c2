import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AssessmentDetails } from "@/components/assessments/AssessmentDetails";
import { AssessmentStatusTag } from "@/components/assessments/AssessmentStatusTag";
import { CommentsSection } from "@/components/assessments/CommentsSection";
import { CriteriaTable } from "@/components/assessments/CriteriaTable";
import { ExportLinks } from "@/components/assessments/ExportLinks";
import { GatesSection } from "@/components/assessments/GatesSection";
import { LifecycleSection } from "@/components/assessments/LifecycleSection";
import { SpecialistsSection } from "@/components/assessments/SpecialistsSection";
import { SuppliersSection } from "@/components/assessments/SuppliersSection";
import { WelshToUpdateList } from "@/components/assessments/WelshToUpdateList";
import { ActionButton } from "@/components/forms/ActionButton";
import { ContractOnAssessment } from "@/components/contracts/ContractOnAssessment";
import { BackLink } from "@/components/govuk/BackLink";
import { Tag } from "@/components/govuk/Tag";
import { WarningText } from "@/components/govuk/WarningText";
import { withClientMessages } from "@/components/layout/ClientMessages";
import { SuccessBanner } from "@/components/layout/SuccessBanner";
import { welshToUpdate } from "@/lib/domain/language/welsh-to-update";
import { publisherPrefix } from "@/lib/export/ocds/release-identity";
import { assessmentTitle } from "@/lib/i18n/assessment-title";
import { toLocale } from "@/lib/i18n/locales";
import { assessmentReaders, canEdit } from "@/lib/server/assessments/access";
import { statusOfAssessment } from "@/lib/server/assessments/assessment-status";
import { checkAssessment } from "@/lib/server/assessments/check-assessment";
import { getAssessment } from "@/lib/server/assessments/get-assessment";
import { resultsReaders } from "@/lib/server/assessments/get-results";
import { welshParts } from "@/lib/server/assessments/welsh-parts";
import { requireActor } from "@/lib/server/auth/actor";
import { canEditContract } from "@/lib/server/contracts/access";
import { contractOfAssessment } from "@/lib/server/contracts/get-contract";
import { pageNotFound } from "@/lib/server/page-not-found";
import { listPreparedFiles } from "@/lib/server/prepared-files/get-prepared-file";
import { setOpenDataAction, setTemplateAction } from "./actions";
import { prepareFileAction } from "./downloads/actions";
import { setArchivedAction } from "./outcome/actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("assessments"))("overview") };
}

type Props = { params: Promise<{ assessmentId: string }>; searchParams: Promise<{ done?: string }> };

async function AssessmentPage({ params, searchParams }: Props) {
  const { assessmentId } = await params;
  const actor = await requireActor({ roles: assessmentReaders, returnTo: `/assessments/${assessmentId}` });
  const assessment = await getAssessment(actor, assessmentId);
  if (!assessment) pageNotFound();
  const { done } = await searchParams;
  const t = await getTranslations("assessments");
  const tc = await getTranslations("common");
  const locale = toLocale(await getLocale());
  const editable = canEdit(actor) && assessment.status === "draft";
  const problems = assessment.status === "draft" ? checkAssessment(assessment, new Date().toISOString().slice(0, 10)) : [];
  const deadlinePassed = assessment.responseDeadline.getTime() <= Date.now();
  const showResults = deadlinePassed && resultsReaders.includes(actor.role);
  const status = await statusOfAssessment(assessment);
  // After the award: its contract, for the buyer's own people.
  const contractShown = status === "awarded" && assessment.organisationId === actor.organisationId;
  const contract = contractShown ? await contractOfAssessment(actor, assessment.id) : null;
  const tl = await getTranslations("lifecycle");
  const owner = canEdit(actor) && assessment.organisationId === actor.organisationId;
  // Scoring is for its evaluators (the officer who created it and its specialists) and the officers who moderate.
  const scores = owner || assessment.createdById === actor.userId || assessment.specialists.some((specialist) => specialist.userId === actor.userId);
  return (
    <>
      <BackLink href="/assessments" text={tc("back")} />
      {done && t.has(`done.${done}`) && <SuccessBanner title={tc("success")} heading={t(`done.${done}`)} />}
      {done && tl.has(`done.${done}`) && <SuccessBanner title={tc("success")} heading={tl(`done.${done}`)} />}
      <span className="govuk-caption-l">{assessment.reference}</span>
      <h1 className="govuk-heading-l">
        {assessmentTitle(assessment, locale)} <AssessmentStatusTag status={status} archived={Boolean(assessment.archivedAt)} />
      </h1>
      <AssessmentDetails assessment={assessment} />
      <LifecycleSection assessment={assessment} status={status} editable={owner} archiveAction={setArchivedAction.bind(null, assessment.id, !assessment.archivedAt)} />
      {contractShown && <ContractOnAssessment assessmentId={assessment.id} contractId={contract?.id ?? null} canMake={canEditContract(actor)} />}
      {editable && (
        <p className="govuk-body">
          <a className="govuk-link" href={`/assessments/${assessment.id}/details`}>{t("details.change")}</a>
        </p>
      )}
      <WelshToUpdateList
        assessmentId={assessment.id}
        items={assessment.status === "draft" ? welshToUpdate(welshParts(assessment)) : []}
        criterionTitles={Object.fromEntries(assessment.criteria.map((criterion) => [criterion.id, criterion.title]))}
        locale={locale}
        editable={editable}
      />

      <CriteriaTable assessment={assessment} />
      {problems.length > 0 && (
        <div className="govuk-inset-text" data-testid="configuration-problems">
          <h2 className="govuk-heading-s">{t("problemsTitle")}</h2>
          <ul className="govuk-list govuk-list--bullet">
            {problems.map((problem, index) => (
              <li key={`${problem.code}-${index}`}>{problem.message[locale]}</li>
            ))}
          </ul>
        </div>
      )}
      {editable && (
        <div className="govuk-button-group">
          <a className="govuk-button govuk-button--secondary" role="button" draggable="false" data-module="govuk-button" href={`/assessments/${assessment.id}/weights`}>
            {t("changeWeights")}
          </a>
          <a className="govuk-button govuk-button--secondary" role="button" draggable="false" data-module="govuk-button" href={`/assessments/${assessment.id}/criteria/add`}>
            {t("addCriteria.title")}
          </a>
        </div>
      )}

      <GatesSection assessment={assessment} editable={editable} />
      <SpecialistsSection assessment={assessment} actor={actor} />
      <CommentsSection assessment={assessment} actor={actor} />

      {editable && (
        <>
          <h2 className="govuk-heading-m">{t("publish.heading")}</h2>
          <p className="govuk-body">{t("publish.body")}</p>
          <a className="govuk-button" role="button" draggable="false" data-module="govuk-button" href={`/assessments/${assessment.id}/publish`}>
            {t("publish.button")}
          </a>
        </>
      )}
      {assessment.status === "published" && <SuppliersSection assessment={assessment} actor={actor} deadlinePassed={deadlinePassed} />}
      {assessment.status === "published" && !deadlinePassed && <WarningText assistiveText={tc("warning")}>{t("resultsAfterDeadline")}</WarningText>}
      {assessment.status === "published" && (
        <nav aria-labelledby="evaluation-heading">
          <h2 className="govuk-heading-m" id="evaluation-heading">{t("evaluation.heading")}</h2>
          <ul className="govuk-list">
            <li><a className="govuk-link" href={`/assessments/${assessment.id}/questions`}>{t("evaluation.questions")}</a></li>
            {scores && <li><a className="govuk-link" href={`/assessments/${assessment.id}/scoring`}>{t("evaluation.scoring")}</a></li>}
            {canEdit(actor) && <li><a className="govuk-link" href={`/assessments/${assessment.id}/moderation`}>{t("evaluation.moderation")}</a></li>}
            {showResults && (
              <li>
                <a className="govuk-link govuk-!-font-weight-bold" href={`/assessments/${assessment.id}/results`}>
                  {t("seeResults")}
                </a>
              </li>
            )}
          </ul>
        </nav>
      )}
      <ExportLinks
        assessment={assessment}
        ocdsPublishable={publisherPrefix(process.env.OCDS_PREFIX) !== null}
        showResults={showResults}
        prepared={showResults ? await listPreparedFiles(actor, assessment.id) : []}
        prepare={(file) => prepareFileAction.bind(null, assessment.id, file)}
      />
      {canEdit(actor) && assessment.status === "published" && (
        <section id="open-data">
          <h2 className="govuk-heading-m">{t("openData.heading")}</h2>
          <p className="govuk-body">{assessment.openData ? t("openData.published") : t("openData.body")}</p>
          {publisherPrefix(process.env.OCDS_PREFIX) === null && <WarningText assistiveText={tc("warning")}>{t("openData.placeholder")}</WarningText>}
          <ActionButton action={setOpenDataAction.bind(null, assessment.id, !assessment.openData)} label={assessment.openData ? t("openData.withdraw") : t("openData.publish")} />
        </section>
      )}
      {canEdit(actor) && (
        <section id="template">
          <h2 className="govuk-heading-m">{t("template.heading")}</h2>
          <p className="govuk-body">{assessment.isTemplate ? t("template.shared") : t("template.body")}</p>
          <ActionButton action={setTemplateAction.bind(null, assessment.id, !assessment.isTemplate)} label={assessment.isTemplate ? t("template.unshare") : t("template.share")} />
        </section>
      )}
    </>
  );
}

export default withClientMessages(AssessmentPage, ["assessments.suppliers", "errors"]);
