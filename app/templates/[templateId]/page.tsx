import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CopyTemplateForm } from "@/components/assessments/CopyTemplateForm";
import { BackLink } from "@/components/govuk/BackLink";
import { withClientMessages } from "@/components/layout/ClientMessages";
import { softMutated } from "@/lib/domain/language/welsh-mutation";
import { inLanguage } from "@/lib/i18n/in-language";
import { toLocale } from "@/lib/i18n/locales";
import { requireActor } from "@/lib/server/auth/actor";
import { assessmentEditors } from "@/lib/server/assessments/access";
import { listTemplates } from "@/lib/server/assessments/templates";
import { pageNotFound } from "@/lib/server/page-not-found";
import { copyTemplateAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("templates"))("copyTitle") };
}

async function CopyTemplatePage({ params }: { params: Promise<{ templateId: string }> }) {
  const { templateId } = await params;
  await requireActor({ roles: assessmentEditors, returnTo: `/templates/${templateId}` });
  const template = (await listTemplates()).find((candidate) => candidate.id === templateId);
  if (!template) pageNotFound();
  const t = await getTranslations("templates");
  const tc = await getTranslations("common");
  const locale = toLocale(await getLocale());
  const title = inLanguage(template.title, locale);
  return (
    <>
      <BackLink href="/templates" text={tc("back")} />
      <span className="govuk-caption-l" lang={title.lang}>{title.text}</span>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{t("copyTitle")}</h1>
          <p className="govuk-body">{t("copyBody", { organisation: locale === "cy" && template.organisation.nameCy ? softMutated(template.organisation.nameCy) : template.organisation.nameEn })}</p>
          <CopyTemplateForm action={copyTemplateAction.bind(null, template.id)} />
        </div>
      </div>
    </>
  );
}

export default withClientMessages(CopyTemplatePage, ["assessments.form", "errors", "templates"]);
