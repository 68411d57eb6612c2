"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrorSummary, useFormErrors } from "@/components/forms/FormErrorSummary";
import { Button } from "@/components/govuk/Button";
import type { FormState } from "@/lib/forms/form-state";

export function RemoveMemberForm({ name, action }: { name: string; action: (state: FormState) => Promise<FormState> }) {
  const t = useTranslations("members.removeForm");
  const [state, formAction, pending] = useActionState(action, {});
  const errors = useFormErrors(state);
  return (
    <>
      <FormErrorSummary errors={errors} order={["form"]} />
      <h1 className="govuk-heading-l">{t("title", { name })}</h1>
      <p className="govuk-body">{t("body")}</p>
      <form action={formAction}>
        <div className="govuk-button-group">
          <Button variant="warning" disabled={pending}>
            {t("submit")}
          </Button>
          <a className="govuk-link" href="/members">
            {t("cancel")}
          </a>
        </div>
      </form>
    </>
  );
}
