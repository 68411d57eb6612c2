import { getTranslations } from "next-intl/server";
import { Tag } from "@/components/govuk/Tag";
import type { StepState } from "@/lib/domain/exports/prepared-files";

const colours = { done: undefined, current: "light-blue", "to-do": "grey" } as const;

/** The steps of preparing a file, as a GOV.UK task list: done, in progress, not started. */
export async function PreparedFileSteps({ steps, heading }: { steps: StepState[]; heading: string }) {
  const t = await getTranslations("downloads");
  return (
    <>
      <h2 className="govuk-heading-m">{heading}</h2>
      <ul className="govuk-task-list" data-testid="prepared-file-steps">
        {steps.map(({ step, state }) => (
          <li key={step} className="govuk-task-list__item">
            <div className="govuk-task-list__name-and-hint">{t(`steps.${step}`)}</div>
            <div className="govuk-task-list__status">{state === "done" ? t("states.done") : <Tag colour={colours[state]}>{state === "current" && step === "queue" ? t("statusTags.queued") : t(`states.${state}`)}</Tag>}</div>
          </li>
        ))}
      </ul>
    </>
  );
}
