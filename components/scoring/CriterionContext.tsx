import { getLocale, getTranslations } from "next-intl/server";
import type { SupplierResult } from "@/lib/domain/case/result-schema";
import { toLocale } from "@/lib/i18n/locales";
import type { CriterionView } from "@/lib/server/assessments/get-assessment";

type File = { id: string; fileName: string; size: number };

/** What an evaluator reads before scoring a criterion: the question, the supplier's answer, files, and the pre-score. */
export async function CriterionContext({ criterion, answer, files, preScore }: { criterion: CriterionView; answer?: { answer: string; language: "en" | "cy" }; files: File[]; preScore?: SupplierResult["preScores"][number] }) {
  const t = await getTranslations("scoring");
  const locale = toLocale(await getLocale());
  return (
    <>
      <h3 className="govuk-heading-s">{t("question")}</h3>
      <p className="govuk-body">{criterion.question[locale] || criterion.question.en}</p>
      <h3 className="govuk-heading-s">{t("answer")}</h3>
      {answer?.answer ? (
        <div className="govuk-inset-text" lang={answer.language} data-testid={`answer-${criterion.id}`}>
          {answer.answer.split("\n").map((line, index) => (
            <p className="govuk-body" key={index}>
              {line}
            </p>
          ))}
        </div>
      ) : (
        <p className="govuk-body">{t("noAnswer")}</p>
      )}
      <FileList heading={t("files")} files={files} />
      <div className="govuk-inset-text" data-testid={`pre-score-${criterion.id}`}>
        {preScore ? (
          <>
            <p className="govuk-body govuk-!-font-weight-bold">{t("preScore", { score: preScore.suggestedScore })}</p>
            <p className="govuk-hint">{t("preScoreHint")}</p>
            <ul className="govuk-list govuk-list--bullet">
              {preScore.reasons.map((reason, index) => (
                <li key={index}>{reason.message[locale]}</li>
              ))}
            </ul>
          </>
        ) : (
          <p className="govuk-body">{t("noPreScore")}</p>
        )}
      </div>
    </>
  );
}

export async function FileList({ heading, files }: { heading: string; files: File[] }) {
  if (files.length === 0) return null;
  const t = await getTranslations("scoring");
  return (
    <>
      <h3 className="govuk-heading-s">{heading}</h3>
      <ul className="govuk-list">
        {files.map((file) => (
          <li key={file.id}>
            <a className="govuk-link" href={`/files/${file.id}`}>
              {file.fileName}
            </a>{" "}
            ({t("fileSize", { size: Math.max(1, Math.round(file.size / 1024)) })})
          </li>
        ))}
      </ul>
    </>
  );
}
