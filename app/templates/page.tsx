import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Table } from "@/components/govuk/Table";
import { inLanguage } from "@/lib/i18n/in-language";
import { toLocale } from "@/lib/i18n/locales";
import { requireActor } from "@/lib/server/auth/actor";
import { assessmentEditors } from "@/lib/server/assessments/access";
import { listTemplates } from "@/lib/server/assessments/templates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("templates"))("title") };
}

/** Shared templates (Tech Net Zero rec. 5): criteria other public bodies have published for reuse. */
export default async function TemplatesPage() {
  await requireActor({ roles: assessmentEditors, returnTo: "/templates" });
  const t = await getTranslations("templates");
  const locale = toLocale(await getLocale());
  const templates = await listTemplates();
  return (
    <>
      <h1 className="govuk-heading-l">{t("title")}</h1>
      <p className="govuk-body">{t("body")}</p>
      {templates.length === 0 ? (
        <div className="govuk-inset-text">{t("none")}</div>
      ) : (
        <Table
          caption={t("caption")}
          head={[t("template"), t("organisation"), t("criteria"), t("use")]}
          rows={templates.map((template) => ({
            key: template.id,
            cells: [
              <span lang={inLanguage(template.title, locale).lang} key="title">{inLanguage(template.title, locale).text}</span>,
              (locale === "cy" && template.organisation.nameCy) || template.organisation.nameEn,
              t("criteriaCount", { count: template.criteria, level: template.frameworkLevel }),
              <a className="govuk-link" href={`/templates/${template.id}`} key="use">
                {t("useLink")}
                <span className="govuk-visually-hidden"> {inLanguage(template.title, locale).text}</span>
              </a>,
            ],
          }))}
        />
      )}
    </>
  );
}
