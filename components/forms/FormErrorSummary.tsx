"use client";

import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/govuk/ErrorSummary";
import type { FormState } from "@/lib/forms/form-state";

/**
 * Translates a form state's error keys, naming the field (`{field}`) from `labels` where a message asks for it, with
 * any other values a field's messages need (the line of a repeated group, `{line}`) from `params`.
 */
export function useFormErrors(state: FormState, labels: Record<string, string> = {}, params: (field: string) => Record<string, string | number> = () => ({})) {
  const t = useTranslations("errors");
  const translated: Record<string, string> = {};
  for (const [field, key] of Object.entries(state.errors ?? {})) {
    translated[field] = key === "unexpected" ? t("unexpected", { reference: state.reference ?? "" }) : t(key, { field: labels[field] ?? "", ...params(field) });
  }
  return translated;
}

export function FormErrorSummary({ errors, order, links }: { errors: Record<string, string>; order: readonly string[]; links?: Record<string, string> }) {
  const t = useTranslations("common");
  const ordered = Object.fromEntries([...order, ...Object.keys(errors)].filter((field, index, all) => errors[field] && all.indexOf(field) === index).map((field) => [field, errors[field]]));
  return <ErrorSummary title={t("errorSummaryTitle")} errors={ordered} links={links} />;
}
