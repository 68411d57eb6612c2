import { getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/forms/ActionButton";
import { SmallForm } from "@/components/forms/SmallForm";
import { addSpecialistAction, removeSpecialistAction } from "@/app/assessments/[assessmentId]/actions";
import type { Actor } from "@/lib/server/auth/actor";
import { canEdit } from "@/lib/server/assessments/access";
import type { AssessmentView } from "@/lib/server/assessments/get-assessment";
import { listOrganisationSpecialists } from "@/lib/server/assessments/specialists";

/** Sustainability specialists involved early: added while the assessment is a draft (Tech Net Zero rec. 6). */
export async function SpecialistsSection({ assessment, actor }: { assessment: AssessmentView; actor: Actor }) {
  const t = await getTranslations("assessments.specialists");
  const editable = canEdit(actor) && assessment.status === "draft";
  const candidates = editable ? (await listOrganisationSpecialists(actor)).filter((user) => !assessment.specialists.some((s) => s.userId === user.id)) : [];
  return (
    <section id="specialists">
      <h2 className="govuk-heading-m">{t("heading")}</h2>
      {assessment.specialists.length === 0 ? (
        <p className="govuk-body">{t("none")}</p>
      ) : (
        <ul className="govuk-list">
          {assessment.specialists.map((specialist) => (
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
            action={addSpecialistAction.bind(null, assessment.id)}
            idPrefix="specialist-"
            fields={[{ kind: "select", name: "userId", label: t("choose"), hint: t("chooseHint"), options: [{ value: "", text: t("select") }, ...candidates.map((user) => ({ value: user.id, text: `${user.name} (${user.email})` }))] }]}
            submit={t("add")}
          />
        ) : (
          <p className="govuk-body">{t("noCandidates")}</p>
        ))}
    </section>
  );
}
