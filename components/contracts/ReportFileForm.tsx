"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrorSummary, useFormErrors } from "@/components/forms/FormErrorSummary";
import { Button } from "@/components/govuk/Button";
import { FileUpload } from "@/components/govuk/FileUpload";
import type { FormState } from "@/lib/forms/form-state";

/** One evidence file at a time, as a plain multipart form: it works without JavaScript. */
export function ReportFileForm({ action }: { action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const t = useTranslations("contracts.files");
  const [state, formAction, pending] = useActionState(action, {});
  const errors = useFormErrors(state);
  return (
    <form action={formAction} encType="multipart/form-data" noValidate>
      <FormErrorSummary errors={errors} order={["file", "form"]} />
      <FileUpload id="file" label={t("choose")} hint={t("chooseHint")} error={errors.file} accept=".pdf,.docx,.odt,.xlsx,.ods,.png,.jpg,.jpeg" />
      <Button variant="secondary" disabled={pending}>
        {t("upload")}
      </Button>
    </form>
  );
}
