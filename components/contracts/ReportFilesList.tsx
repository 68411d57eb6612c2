import { getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/forms/ActionButton";
import type { FormState } from "@/lib/forms/form-state";

type File = { id: string; fileName: string; size: number };

const sizeText = (size: number) => (size < 1024 * 1024 ? `${Math.max(1, Math.round(size / 1024))} KB` : `${(size / (1024 * 1024)).toFixed(1)} MB`);

/** A report's evidence files, each with a download link, and a remove button while the supplier's draft. */
export async function ReportFilesList({ files, href, remove }: { files: File[]; href: (file: File) => string; remove?: (file: File) => (state: FormState) => Promise<FormState> }) {
  const t = await getTranslations("contracts.files");
  if (files.length === 0) return <p className="govuk-body">{t("none")}</p>;
  return (
    <dl className="govuk-summary-list" data-testid="report-files">
      {files.map((file) => (
        <div className="govuk-summary-list__row" key={file.id}>
          <dt className="govuk-summary-list__key">
            <a className="govuk-link" href={href(file)} download>
              {file.fileName}
            </a>
          </dt>
          <dd className="govuk-summary-list__value">{sizeText(file.size)}</dd>
          {remove && (
            <dd className="govuk-summary-list__actions">
              <ActionButton action={remove(file)} label={t("remove")} hidden={file.fileName} />
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}
