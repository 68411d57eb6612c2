import { getLocale, getTranslations } from "next-intl/server";
import { inviteSupplierAction, resendInvitationAction, withdrawInvitationAction } from "@/app/assessments/[assessmentId]/actions";
import { ActionButton } from "@/components/forms/ActionButton";
import { Table } from "@/components/govuk/Table";
import { Tag } from "@/components/govuk/Tag";
import { momentInWords } from "@/lib/domain/dates";
import { toLocale } from "@/lib/i18n/locales";
import { canEdit } from "@/lib/server/assessments/access";
import type { AssessmentView } from "@/lib/server/assessments/get-assessment";
import { listSupplierOrganisations } from "@/lib/server/assessments/supplier-invitations";
import type { Actor } from "@/lib/server/auth/actor";
import { InviteSupplierForm } from "./InviteSupplierForm";

const progressColour = { "not-started": "grey", "in-progress": "blue", submitted: "green", withdrawn: "red", "did-not-submit": "grey" } as const;

/** Who is invited and how far each has got — never what they wrote, before or after submitting. */
export async function SuppliersSection({ assessment, actor, deadlinePassed }: { assessment: AssessmentView; actor: Actor; deadlinePassed: boolean }) {
  const t = await getTranslations("assessments.suppliers");
  const tl = await getTranslations("links");
  const locale = toLocale(await getLocale());
  // Invitations change only while the procurement is open: not after its deadline, nor once it is cancelled.
  const editable = canEdit(actor) && !deadlinePassed && !assessment.outcome;
  const invited = assessment.invitations.filter((invitation) => !invitation.withdrawnAt);
  const suppliers = editable ? (await listSupplierOrganisations()).filter((s) => !invited.some((i) => i.supplierOrganisationId === s.id)) : [];
  return (
    <section id="suppliers">
      <h2 className="govuk-heading-m">{t("heading")}</h2>
      {invited.length === 0 ? (
        <p className="govuk-body">{t("none")}</p>
      ) : (
        <Table
          caption={t("caption")}
          captionSize="s"
          head={[t("supplier"), t("progress"), ...(editable ? [<span className="govuk-visually-hidden" key="actions">{t("actions")}</span>] : [])]}
          rows={invited.map((invitation) => {
            const name = invitation.supplierName ? invitation.supplierName[locale] || invitation.supplierName.en : invitation.email ?? "";
            // After the deadline a response never submitted (started, withdrawn or not begun) simply was not submitted.
            const shown = deadlinePassed && invitation.progress !== "submitted" ? "did-not-submit" : invitation.progress;
            const progress = (
              <span key="progress">
                <Tag colour={progressColour[shown]}>{t(`progressStates.${shown}`)}</Tag>
                {invitation.submittedAt && ` ${momentInWords(invitation.submittedAt, locale)}`}
              </span>
            );
            const withdraw = <ActionButton key="withdraw" action={withdrawInvitationAction.bind(null, assessment.id, invitation.id)} label={t("withdraw")} hidden={name} variant="warning" />;
            // An e-mail invitation not yet taken up can be sent again with a new link (the old one stops working).
            const resend = !invitation.supplierOrganisationId && invitation.email ? <ActionButton key="resend" action={resendInvitationAction.bind(null, assessment.id, invitation.id)} label={tl("resend")} hidden={name} /> : null;
            return { key: invitation.id, cells: [name, progress, ...(editable ? [<div key="actions">{resend}{withdraw}</div>] : [])] };
          })}
        />
      )}
      {editable && <InviteSupplierForm action={inviteSupplierAction.bind(null, assessment.id)} suppliers={suppliers.map((s) => ({ value: s.id, text: (locale === "cy" && s.nameCy) || s.nameEn }))} />}
    </section>
  );
}
