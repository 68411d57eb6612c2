import { getLocale, getTranslations } from "next-intl/server";
import { Tag } from "@/components/govuk/Tag";
import type { Work } from "@/lib/domain/dashboard/work-waiting";
import { momentInWords } from "@/lib/domain/dates";
import { inLanguage } from "@/lib/i18n/in-language";
import { toLocale } from "@/lib/i18n/locales";

const pages: Record<Work["kind"], (id: string) => string> = {
  score: (id) => `/assessments/${id}/scoring`,
  "answer-questions": (id) => `/assessments/${id}/questions`,
  "record-outcome": (id) => `/assessments/${id}`,
  "finish-draft": (id) => `/assessments/${id}`,
  "review-draft": (id) => `/assessments/${id}`,
};

/** The work waiting for this person, as a GOV.UK task list: each task links to the page where it is done. */
export async function WorkWaiting({ work }: { work: Work[] }) {
  const t = await getTranslations("dashboard.work");
  const locale = toLocale(await getLocale());
  if (work.length === 0) return <p className="govuk-body">{t("nothing")}</p>;
  return (
    <ul className="govuk-task-list" data-testid="work-waiting">
      {work.map((item, index) => {
        const title = inLanguage(item.assessment.title, locale);
        const count = "toScore" in item ? item.toScore : "questions" in item ? item.questions : "openComments" in item ? item.openComments : 0;
        const statusId = `work-${index}-status`;
        return (
          <li className="govuk-task-list__item govuk-task-list__item--with-link" key={`${item.kind}-${item.assessment.id}`}>
            <div className="govuk-task-list__name-and-hint">
              <a className="govuk-link govuk-task-list__link" href={pages[item.kind](item.assessment.id)} aria-describedby={statusId} lang={title.lang}>
                {title.text}
              </a>
              <div className="govuk-task-list__hint">
                {item.assessment.reference}. {t(`${item.kind}.hint`, { count, deadline: momentInWords(item.assessment.responseDeadline, locale) })}
              </div>
            </div>
            <div className="govuk-task-list__status" id={statusId}>
              <Tag colour={item.kind === "score" || item.kind === "answer-questions" ? "blue" : "grey"}>{t(`${item.kind}.tag`)}</Tag>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
