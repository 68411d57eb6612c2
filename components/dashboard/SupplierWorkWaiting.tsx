import { getLocale, getTranslations } from "next-intl/server";
import { Tag } from "@/components/govuk/Tag";
import type { SupplierWork } from "@/lib/domain/dashboard/supplier-work";
import { momentInWords } from "@/lib/domain/dates";
import { inLanguage } from "@/lib/i18n/in-language";
import { toLocale } from "@/lib/i18n/locales";

const tagColour: Record<SupplierWork["kind"], "blue" | "light-blue"> = {
  "start-response": "blue",
  "finish-response": "light-blue",
  "resubmit-response": "blue",
};

/** A supplier's responses still to send, as a GOV.UK task list. */
export async function SupplierWorkWaiting({ work }: { work: SupplierWork[] }) {
  const t = await getTranslations("supplier.dashboard.work");
  const tw = await getTranslations("dashboard.work");
  const locale = toLocale(await getLocale());
  if (work.length === 0) return <p className="govuk-body">{tw("nothing")}</p>;
  return (
    <ul className="govuk-task-list" data-testid="work-waiting">
      {work.map(({ kind, invitation }, index) => {
        const title = inLanguage(invitation.title, locale);
        const statusId = `work-${index}-status`;
        return (
          <li className="govuk-task-list__item govuk-task-list__item--with-link" key={`${kind}-${invitation.id}`}>
            <div className="govuk-task-list__name-and-hint">
              <a className="govuk-link govuk-task-list__link" href={`/responses/${invitation.id}`} aria-describedby={statusId} lang={title.lang}>
                {title.text}
              </a>
              <div className="govuk-task-list__hint">
                {invitation.reference}. {t(`${kind}.hint`, { deadline: momentInWords(invitation.responseDeadline, locale), answered: invitation.answered, total: invitation.questions })}
              </div>
            </div>
            <div className="govuk-task-list__status" id={statusId}>
              <Tag colour={tagColour[kind]}>{t(`${kind}.tag`)}</Tag>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
