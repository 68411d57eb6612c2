import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/forms/ActionButton";
import { Tag } from "@/components/govuk/Tag";
import { inviteSupplierAction, withdrawInvitationAction } from "@/app/assessments/[assessmentId]/actions";
import { toLocale } from "@/lib/i18n/locales";
import type { Actor } from "@/lib/server/auth/actor";
import { canEdit } from "@/lib/server/assessments/access";
import type { AssessmentView } from "@/lib/server/assessments/get-assessment";
import { listSupplierOrganisations } from "@/lib/server/assessments/supplier-invitations";
import { InviteSupplierForm } from "./InviteSupplierForm";

const progressColour = { "not-started": "grey", "in-progress": "blue", submitted: "green", withdrawn: "red" } as const;

/** Who is invited and how far each has got — never what they wrote, before or after submitting. */
export async function SuppliersSection({ assessment, actor, deadlinePassed }: { assessment: AssessmentView; actor: Actor; deadlinePassed: boolean }) {
  const t = await getTranslations("assessments.suppliers");
  const format = await getFormatter();
  const locale = toLocale(await getLocale());
  const editable = canEdit(actor) && !deadlinePassed;
  const invited = assessment.invitations.filter((invitation) => !invitation.withdrawnAt);
  const suppliers = editable ? (await listSupplierOrganisations()).filter((s) => !invited.some((i) => i.supplierOrganisationId === s.id)) : [];
  return (
    <section id="suppliers">
      <h2 className="govuk-heading-m">{t("heading")}</h2>
      {invited.length === 0 ? (
        <p className="govuk-body">{t("none")}</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">{t("caption")}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">{t("supplier")}</th>
              <th scope="col" className="govuk-table__header">{t("progress")}</th>
              {editable && <th scope="col" className="govuk-table__header"><span className="govuk-visually-hidden">{t("actions")}</span></th>}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {invited.map((invitation) => {
              const name = invitation.supplierName ? invitation.supplierName[locale] || invitation.supplierName.en : invitation.email ?? "";
              return (
                <tr className="govuk-table__row" key={invitation.id}>
                  <th scope="row" className="govuk-table__header">{name}</th>
                  <td className="govuk-table__cell">
                    <Tag colour={progressColour[invitation.progress]}>{t(`progressStates.${invitation.progress}`)}</Tag>
                    {invitation.submittedAt && ` ${format.dateTime(invitation.submittedAt, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/London" })}`}
                  </td>
                  {editable && (
                    <td className="govuk-table__cell">
                      <ActionButton action={withdrawInvitationAction.bind(null, assessment.id, invitation.id)} label={t("withdraw")} hidden={name} variant="warning" />
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {editable && <InviteSupplierForm action={inviteSupplierAction.bind(null, assessment.id)} suppliers={suppliers.map((s) => ({ value: s.id, text: (locale === "cy" && s.nameCy) || s.nameEn }))} />}
    </section>
  );
}
