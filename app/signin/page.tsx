import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { Button } from "@/components/govuk/Button";
import { ErrorSummary } from "@/components/govuk/ErrorSummary";
import { Input } from "@/components/govuk/Input";
import { NotificationBanner } from "@/components/govuk/NotificationBanner";
import { SuccessBanner } from "@/components/layout/SuccessBanner";
import { toLondonTime } from "@/lib/domain/assessment-setup/london-time";
import { timeInWords } from "@/lib/domain/dates";
import { toLocale } from "@/lib/i18n/locales";
import { getActor } from "@/lib/server/auth/actor";
import { csrfCookieName, oidcSettings } from "@/lib/server/auth/config";
import { signInErrorCodes } from "@/lib/server/auth/options";
import { safeReturnPath } from "@/lib/server/safe-return-path";

type Search = { error?: string; callbackUrl?: string; joined?: string; timedOut?: string; reset?: string };

export async function generateMetadata({ searchParams }: { searchParams: Promise<Search> }): Promise<Metadata> {
  const title = (await getTranslations("signIn"))("title");
  return { title: (await searchParams).error ? `${(await getTranslations("common"))("errorPrefix")} ${title}` : title };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Search> }) {
  const t = await getTranslations("signIn");
  const tc = await getTranslations("common");
  const { error, callbackUrl, joined, timedOut, reset } = await searchParams;
  const next = safeReturnPath(callbackUrl, "/dashboard");
  if (await getActor()) redirect(next);

  const csrfToken = (await cookies()).get(csrfCookieName)?.value.split("|")[0] ?? "";
  const afterSignIn = `/after-signin?next=${encodeURIComponent(next)}`;
  let message: string | undefined;
  if (error?.startsWith(signInErrorCodes.throttledPrefix)) {
    const retryAt = new Date(error.slice(signInErrorCodes.throttledPrefix.length));
    message = Number.isNaN(retryAt.getTime()) ? t("errors.throttledLater") : t("errors.throttled", { time: timeInWords(toLondonTime(retryAt).hour, toLondonTime(retryAt).minute, toLocale(await getLocale())) });
  } else if (error === signInErrorCodes.unknownSso) {
    message = t("errors.unknownSso");
  } else if (error) {
    message = t("errors.wrongCredentials");
  }
  const oidc = oidcSettings();

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {joined && !message && <SuccessBanner title={tc("success")} heading={t("joined")} />}
        {reset && !joined && !message && <SuccessBanner title={tc("success")} heading={t("passwordChanged")} />}
        {timedOut && !joined && (
          <NotificationBanner title={t("timedOut.title")} heading={t("timedOut.heading")}>
            <p className="govuk-body">{t("timedOut.body")}</p>
          </NotificationBanner>
        )}
        {message && <ErrorSummary title={tc("errorSummaryTitle")} errors={{ email: message }} />}
        <h1 className="govuk-heading-l">{t("title")}</h1>
        <form method="post" action="/api/auth/callback/credentials" noValidate>
          <input type="hidden" name="csrfToken" value={csrfToken} />
          <input type="hidden" name="callbackUrl" value={afterSignIn} />
          <Input id="email" label={t("email")} type="email" autoComplete="username" spellCheck={false} error={message} />
          <Input id="password" label={t("password")} type="password" autoComplete="current-password" />
          <Button>{t("submit")}</Button>
        </form>
        <p className="govuk-body">
          <a className="govuk-link" href="/password-reset">{t("forgotten")}</a>
        </p>
        {oidc && (
          <form method="post" action="/api/auth/signin/oidc">
            <input type="hidden" name="csrfToken" value={csrfToken} />
            <input type="hidden" name="callbackUrl" value={afterSignIn} />
            <h2 className="govuk-heading-m">{t("sso.title")}</h2>
            <Button variant="secondary">{t("sso.button", { provider: oidc.name })}</Button>
          </form>
        )}
        <h2 className="govuk-heading-m">{t("noAccount.title")}</h2>
        <p className="govuk-body">{t("noAccount.body")}</p>
      </div>
    </div>
  );
}
