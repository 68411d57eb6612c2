import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { BackLink } from "@/components/govuk/BackLink";
import { AssessmentForm } from "@/components/assessments/AssessmentForm";
import { withClientMessages } from "@/components/layout/ClientMessages";
import { scalePresetIds, scalePresets } from "@/lib/domain/assessment-setup/scales";
import { toLocale } from "@/lib/i18n/locales";
import { requireActor } from "@/lib/server/auth/actor";
import { assessmentEditors } from "@/lib/server/assessments/access";
import { createAssessmentAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("assessments.form"))("title") };
}

async function NewAssessmentPage() {
  const actor = await requireActor({ roles: assessmentEditors, returnTo: "/assessments/new" });
  const tc = await getTranslations("common");
  const locale = toLocale(await getLocale());
  const initial = { nation: actor.nation, languages: actor.nation === "wales" ? "en+cy" : "en", level: "2020", scale: "0-4", divergenceThreshold: "1", deadlineTime: "12:00", procurementCategory: "services" };
  const scaleOptions = scalePresetIds.map((id) => ({ value: id, text: scalePresets[id].label[locale] }));
  return (
    <>
      <BackLink href="/assessments" text={tc("back")} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <AssessmentForm action={createAssessmentAction} initial={initial} scaleOptions={scaleOptions} />
        </div>
      </div>
    </>
  );
}

export default withClientMessages(NewAssessmentPage, ["assessments.form", "errors", "nations"]);
