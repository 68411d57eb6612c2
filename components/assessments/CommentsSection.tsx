import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { SmallForm } from "@/components/forms/SmallForm";
import { Tag } from "@/components/govuk/Tag";
import { addCommentAction, resolveCommentAction } from "@/app/assessments/[assessmentId]/actions";
import { toLocale } from "@/lib/i18n/locales";
import type { Actor } from "@/lib/server/auth/actor";
import { canEdit } from "@/lib/server/assessments/access";
import type { AssessmentView } from "@/lib/server/assessments/get-assessment";

/** Specialists' comments on the draft's criteria and weights, each resolved by the officer. */
export async function CommentsSection({ assessment, actor }: { assessment: AssessmentView; actor: Actor }) {
  const t = await getTranslations("assessments.comments");
  const format = await getFormatter();
  const locale = toLocale(await getLocale());
  const isOfficer = canEdit(actor);
  const isSpecialist = assessment.specialists.some((specialist) => specialist.userId === actor.userId);
  const canComment = assessment.status === "draft" && (isOfficer || isSpecialist);
  const criterionTitle = (id: string | null) => (id ? assessment.criteria.find((c) => c.id === id)?.title[locale] || assessment.criteria.find((c) => c.id === id)?.title.en : t("general"));
  return (
    <section id="comments">
      <h2 className="govuk-heading-m">{t("heading", { open: assessment.comments.filter((c) => !c.resolvedAt).length })}</h2>
      {assessment.comments.length === 0 && <p className="govuk-body">{t("none")}</p>}
      {assessment.comments.map((comment) => (
        <div className="govuk-summary-card" key={comment.id}>
          <div className="govuk-summary-card__title-wrapper">
            <h3 className="govuk-summary-card__title">
              {t("about", { subject: criterionTitle(comment.criterionId) ?? "" })} <Tag colour={comment.resolvedAt ? "green" : "yellow"}>{comment.resolvedAt ? t("resolved") : t("open")}</Tag>
            </h3>
          </div>
          <div className="govuk-summary-card__content">
            <p className="govuk-body">{comment.body}</p>
            <p className="govuk-body-s">{t("by", { name: comment.author, when: format.dateTime(comment.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/London" }) })}</p>
            {comment.resolvedAt ? (
              <p className="govuk-body">{t("resolution", { name: comment.resolvedBy ?? "", resolution: comment.resolution ?? "" })}</p>
            ) : (
              isOfficer && assessment.status === "draft" && (
                <SmallForm action={resolveCommentAction.bind(null, assessment.id, comment.id)} idPrefix={`resolve-${comment.id}-`} fields={[{ kind: "textarea", name: "resolution", label: t("resolutionLabel") }]} submit={t("resolve")} />
              )
            )}
          </div>
        </div>
      ))}
      {canComment && (
        <>
          <h3 className="govuk-heading-s">{t("add")}</h3>
          <SmallForm
            action={addCommentAction.bind(null, assessment.id)}
            idPrefix="comment-"
            fields={[
              { kind: "select", name: "criterionId", label: t("subject"), options: [{ value: "", text: t("general") }, ...assessment.criteria.map((c) => ({ value: c.id, text: c.title[locale] || c.title.en }))] },
              { kind: "textarea", name: "body", label: t("body"), hint: t("bodyHint") },
            ]}
            submit={t("submit")}
          />
        </>
      )}
    </section>
  );
}
