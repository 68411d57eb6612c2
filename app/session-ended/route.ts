import { getTranslations } from "next-intl/server";
import { cookies } from "next/headers";
import { localeCookie, toLocale } from "@/lib/i18n/locales";
import { formPageHeader, keptFromForm, sessionEndedPage, type PageText } from "@/lib/http/session-ended-page";
import { safeReturnPath } from "@/lib/server/safe-return-path";

// Where proxy.ts sends a form posted without JavaScript after the session ended: its own page cannot be shown to
// someone signed out, so this one gives back what was typed, with a way to sign in and return to the form.
export async function POST(request: Request) {
  const locale = toLocale((await cookies()).get(localeCookie)?.value);
  const t = await getTranslations({ locale, namespace: "sessionEnded" });
  const layout = await getTranslations({ locale, namespace: "layout" });
  let entries: [string, FormDataEntryValue][] = [];
  try {
    entries = [...(await request.formData()).entries()];
  } catch {
    // A body that is not form data has nothing to give back; the page still says what happened.
  }
  const from = safeReturnPath(request.headers.get(formPageHeader), "/dashboard");
  const text: PageText = {
    lang: locale,
    serviceName: layout("serviceName"),
    skipLink: layout("skipLink"),
    title: t("title"),
    notSaved: t("notSaved"),
    copy: t("copy"),
    signIn: t("signIn"),
    typed: t("typed"),
    files: t("files"),
    nothingTyped: t("nothingTyped"),
    enterAgain: t("enterAgain"),
    labels: {
      answer: t("labels.answer"),
      justification: t("labels.justification"),
      rationale: t("labels.rationale"),
      comment: t("labels.comment"),
      question: t("labels.question"),
      title: t("labels.title"),
      description: t("labels.description"),
      details: t("labels.details"),
      reference: t("labels.reference"),
      name: t("labels.name"),
      other: t("labels.other"),
    },
  };
  const html = sessionEndedPage(text, keptFromForm(entries), `/signin?${new URLSearchParams({ callbackUrl: from, timedOut: "1" })}`);
  return new Response(html, {
    status: 401,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      "Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self'; font-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    },
  });
}
