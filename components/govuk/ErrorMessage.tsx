import { useTranslations } from "next-intl";

export function ErrorMessage({ id, message }: { id: string; message?: string }) {
  const t = useTranslations("common");
  if (!message) return null;
  return (
    <p id={`${id}-error`} className="govuk-error-message">
      <span className="govuk-visually-hidden">{t("errorPrefix")}</span> {message}
    </p>
  );
}

export function describedBy(id: string, hint?: string, error?: string) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}
