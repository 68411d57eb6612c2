import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { safeReturnPath } from "@/lib/server/safe-return-path";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("supplier.fileTooLarge"))("title") };
}

// Where proxy.ts sends a form post too large for the service to read (lib/http/request-too-large.ts). Unlike the
// error page, it says plainly that nothing on the form was saved.
export default async function FileTooLargePage({ searchParams }: { searchParams: Promise<{ back?: string }> }) {
  const { back } = await searchParams;
  const t = await getTranslations("supplier.fileTooLarge");
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t("title")}</h1>
        <p className="govuk-body">{t("sent")}</p>
        <p className="govuk-body">{t("copy")}</p>
        <p className="govuk-body">
          <a className="govuk-link" href={safeReturnPath(back, "/dashboard")}>
            {t("back")}
          </a>
        </p>
      </div>
    </div>
  );
}
