import { getLocale, getTranslations } from "next-intl/server";
import { addCommentAction, resolveCommentAction } from "@/app/assessments/[assessmentId]/actions";
import { SmallForm, type SmallFormField } from "@/components/forms/SmallForm";
import { Tag } from "@/components/govuk/Tag";
import { momentInWords } from "@/lib/domain/dates";
import { toLocale } from "@/lib/i18n/locales";
import { canEdit } from "@/lib/server/assessments/access";
import type { AssessmentView } from "@/lib/server/assessments/get-assessment";
import type { Actor } from "@/lib/server/auth/actor";

/**
 * Specialists' comments on the draft's criteria and weights, each resolved by the officer; on a criterion's own page
 * (`criterionId`), only the comments about it, and a new comment is about it.
 */
export async function CommentsSection({ assessment, actor, criterionId }: { assessment: AssessmentView; actor: Actor; criterionId?: string }) {
  const t = await getTranslations("assessments.comments");
  const locale = toLocale(await getLocale());
  const isOfficer = canEdit(actor);
  const isSpecialist = assessment.specialists.some((specialist) => specialist.userId === actor.userId);
  const canComment = assessment.status === "draft" && (isOfficer || isSpecialist);
  const comments = criterionId ? assessment.comments.filter((comment) => comment.criterionId === criterionId) : assessment.comments;
  const criterionTitle = (id: string | null) => (id ? assessment.criteria.find((c) => c.id === id)?.title[locale] || assessment.criteria.find((c) => c.id === id)?.title.en : t("general"));
  const subject: SmallFormField[] = criterionId
    ? [
        { kind: "hidden", name: "criterionId", value: criterionId },
        { kind: "hidden", name: "from", value: "criterion" },
      ]
    : [{ kind: "select", name: "criterionId", label: t("subject"), options: [{ value: "", text: t("general") }, ...assessment.criteria.map((c) => ({ value: c.id, text: c.title[locale] || c.title.en }))] }];
  return (
    <section id="comments">
      <h2 className="govuk-heading-m">{t(criterionId ? "criterionHeading" : "heading", { open: comments.filter((c) => !c.resolvedAt).length })}</h2>
      {comments.length === 0 && <p className="govuk-body">{t("none")}</p>}
      {comments.map((comment) => (
        <div className="govuk-summary-card" key={comment.id}>
          <div className="govuk-summary-card__title-wrapper">
            <h3 className="govuk-summary-card__title">
              {t("about", { subject: criterionTitle(comment.criterionId) ?? "" })} <Tag colour={comment.resolvedAt ? "green" : "yellow"}>{comment.resolvedAt ? t("resolved") : t("open")}</Tag>
            </h3>
          </div>
          <div className="govuk-summary-card__content">
            <p className="govuk-body">{comment.body}</p>
            <p className="govuk-body-s">{t("by", { name: comment.author, when: momentInWords(comment.createdAt, locale) })}</p>
            {comment.resolvedAt ? (
              <p className="govuk-body">{t("resolution", { name: comment.resolvedBy ?? "", resolution: comment.resolution ?? "" })}</p>
            ) : (
              isOfficer && assessment.status === "draft" && (
                <SmallForm checks="resolution" action={resolveCommentAction.bind(null, assessment.id, comment.id)} idPrefix={`resolve-${comment.id}-`} fields={[{ kind: "textarea", name: "resolution", label: t("resolutionLabel") }]} submit={t("resolve")} />
              )
            )}
          </div>
        </div>
      ))}
      {canComment && (
        <>
          <h3 className="govuk-heading-s">{t("add")}</h3>
          <SmallForm
            checks="comment"
            action={addCommentAction.bind(null, assessment.id)}
            idPrefix="comment-"
            fields={[
              ...subject,
              { kind: "textarea", name: "body", label: t("body"), hint: t("bodyHint") },
            ]}
            submit={t("submit")}
          />
        </>
      )}
    </section>
  );
}
