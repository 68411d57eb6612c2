import { getLocale, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/forms/ActionButton";
import { SmallForm } from "@/components/forms/SmallForm";
import { addSpecialistAction, removeSpecialistAction } from "@/app/assessments/[assessmentId]/actions";
import { grantSharedSpecialistAction, revokeSharedSpecialistAction } from "@/app/assessments/[assessmentId]/specialists/actions";
import { toLocale } from "@/lib/i18n/locales";
import type { Actor } from "@/lib/server/auth/actor";
import { canEdit } from "@/lib/server/assessments/access";
import type { AssessmentView } from "@/lib/server/assessments/get-assessment";
import { listOrganisationSpecialists } from "@/lib/server/assessments/specialists";

/**
 * Sustainability specialists involved early: added while the assessment is a draft (Tech Net Zero rec. 6). Named
 * specialists of other public bodies can be given access to this one assessment, and have it revoked, at any time.
 */
export async function SpecialistsSection({ assessment, actor }: { assessment: AssessmentView; actor: Actor }) {
  const t = await getTranslations("assessments.specialists");
  const locale = toLocale(await getLocale());
  const officer = canEdit(actor) && assessment.organisationId === actor.organisationId;
  const editable = officer && assessment.status === "draft";
  const own = assessment.specialists.filter((s) => !s.shared);
  const shared = assessment.specialists.filter((s) => s.shared);
  const candidates = editable ? (await listOrganisationSpecialists(actor)).filter((user) => !assessment.specialists.some((s) => s.userId === user.id)) : [];
  return (
    <section id="specialists">
      <h2 className="govuk-heading-m">{t("heading")}</h2>
      {own.length === 0 ? (
        <p className="govuk-body">{t("none")}</p>
      ) : (
        <ul className="govuk-list">
          {own.map((specialist) => (
            <li key={specialist.id}>
              {specialist.name} ({specialist.email})
              {editable && <ActionButton action={removeSpecialistAction.bind(null, assessment.id, specialist.id)} label={t("remove")} hidden={specialist.name} />}
            </li>
          ))}
        </ul>
      )}
      {editable &&
        (candidates.length > 0 ? (
          <SmallForm
            checks="specialist"
            action={addSpecialistAction.bind(null, assessment.id)}
            idPrefix="specialist-"
            fields={[{ kind: "select", name: "userId", label: t("choose"), hint: t("chooseHint"), options: [{ value: "", text: t("select") }, ...candidates.map((user) => ({ value: user.id, text: `${user.name} (${user.email})` }))] }]}
            submit={t("add")}
          />
        ) : (
          <p className="govuk-body">{t("noCandidates")}</p>
        ))}
      {(officer || shared.length > 0) && (
        <div id="shared-specialists" data-testid="shared-specialists">
          <h3 className="govuk-heading-s">{t("sharedHeading")}</h3>
          {officer && <p className="govuk-body">{t("sharedBody")}</p>}
          {shared.length === 0 ? (
            <p className="govuk-body">{t("sharedNone")}</p>
          ) : (
            <ul className="govuk-list">
              {shared.map((specialist) => (
                <li key={specialist.id}>
                  {t("sharedFrom", { name: specialist.name, email: specialist.email, organisation: (locale === "cy" && specialist.organisationName?.cy) || specialist.organisationName?.en || "" })}
                  {officer && <ActionButton action={revokeSharedSpecialistAction.bind(null, assessment.id, specialist.id)} label={t("revoke")} hidden={specialist.name} />}
                </li>
              ))}
            </ul>
          )}
          {officer && <SmallForm checks="sharedSpecialist" action={grantSharedSpecialistAction.bind(null, assessment.id)} idPrefix="shared-" fields={[{ kind: "input", name: "email", label: t("email"), hint: t("emailHint") }]} submit={t("grant")} />}
        </div>
      )}
    </section>
  );
}
