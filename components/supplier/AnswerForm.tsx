"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState, type FormEvent } from "react";
import { FormErrorSummary, useFormErrors } from "@/components/forms/FormErrorSummary";
import { Button } from "@/components/govuk/Button";
import { FileUpload } from "@/components/govuk/FileUpload";
import { Radios } from "@/components/govuk/Radios";
import { Textarea } from "@/components/govuk/Textarea";
import { maxUploadBytes } from "@/lib/domain/responses/upload-rules";
import { useCheckedForm } from "@/components/forms/useCheckedForm";
import type { FormState } from "@/lib/forms/form-state";
import { answerFields, answerSchema } from "@/lib/schemas/responses";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial: { answer: string; language: string; version: string };
  question: string;
};

/**
 * One question's answer and files. When a colleague saved the answer since this page was opened, the save is
 * refused and both texts are shown: theirs, as saved, and this person's, still in the box. With JavaScript, a file
 * too large is named before anything is sent; the server checks again either way (a file somewhat too large
 * reaches it and comes back with the same error and the text kept).
 */
export function AnswerForm({ action, initial, question }: Props) {
  const t = useTranslations("supplier.answer");
  const [state, formAction, pending] = useActionState(action, { values: initial });
  // Problems found in the browser before sending; cleared at each attempt.
  const [browserErrors, setBrowserErrors] = useState<Record<string, string>>({});
  const { form, errorsOf } = useCheckedForm(answerSchema, answerFields);
  const checked = errorsOf(state);
  const errors = useFormErrors({ ...checked, errors: { ...checked.errors, ...browserErrors } });
  const checkFileSize = (event: FormEvent<HTMLFormElement>) => {
    const file = (event.currentTarget.elements.namedItem("file") as HTMLInputElement | null)?.files?.[0];
    const tooLarge = file !== undefined && file.size > maxUploadBytes;
    setBrowserErrors(tooLarge ? { file: "file.tooLarge" } : {});
    if (tooLarge) event.preventDefault();
    else form.onSubmit(event);
  };
  const v: Record<string, string | undefined> = { ...initial, ...state.values };
  return (
    <>
      <FormErrorSummary errors={errors} order={["answer", "language", "file", "form"]} />
      {v.savedAnswer !== undefined && (
        <div className="govuk-inset-text" data-testid="saved-by-someone-else">
          <h2 className="govuk-heading-s">{t("savedBySomeoneElse")}</h2>
          <div lang={v.savedLanguage}>
            {(v.savedAnswer || t("savedEmpty")).split(/\r?\n/).map((line, index) => (
              <p className="govuk-body" key={index}>
                {line}
              </p>
            ))}
          </div>
        </div>
      )}
      <form action={formAction} ref={form.ref} onSubmit={checkFileSize} noValidate key={JSON.stringify(state.values ?? {})}>
        <input type="hidden" name="version" value={v.version} />
        <Textarea id="answer" label={question} labelClass="govuk-label--m" hint={t("answerHint")} defaultValue={v.answer} error={errors.answer} rows={10} lang={v.language === "cy" ? "cy" : "en"} />
        <Radios name="language" legend={t("language")} legendSize="s" inline items={[{ value: "en", text: t("english") }, { value: "cy", text: t("welsh") }]} value={v.language} error={errors.language} />
        <FileUpload id="file" label={t("file")} hint={t("fileHint")} error={errors.file} accept=".pdf,.docx,.odt,.xlsx,.ods,.png,.jpg,.jpeg" />
        <div className="govuk-button-group">
          <Button disabled={pending}>{t("saveAndContinue")}</Button>
          <Button variant="secondary" name="stay" value="yes" disabled={pending}>
            {t("saveAndStay")}
          </Button>
          <Button variant="secondary" name="later" value="yes" disabled={pending}>
            {t("saveForLater")}
          </Button>
        </div>
      </form>
    </>
  );
}
