import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { GovukFrontendInit } from "@/components/layout/GovukFrontendInit";
import { PhaseBanner } from "@/components/layout/PhaseBanner";
import { SessionTimeoutWarning } from "@/components/layout/SessionTimeoutWarning";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { errorSummarySlotId } from "@/lib/forms/page-messages";
import { isRefusedPost } from "@/lib/http/refused-post";
import { alwaysOnClient, pickNamespaces } from "@/lib/i18n/client-messages";
import { toLocale } from "@/lib/i18n/locales";
import { nowInSeconds } from "@/lib/security/session-policy";
import { getActor, sessionAbsoluteExpiresAt } from "@/lib/server/auth/actor";
import { sessionPolicy } from "@/lib/server/auth/config";
import "./globals.scss";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("layout");
  // A form sent without JavaScript and refused: GOV.UK puts "Error: " in front of the page's title.
  const error = (await isRefusedPost()) ? `${(await getTranslations("common"))("errorPrefix")} ` : "";
  return { title: { default: `${error}${t("serviceName")}`, template: `${error}%s – ${t("serviceName")}` }, icons: { icon: "/assets/images/favicon.ico" } };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = toLocale(await getLocale());
  const t = await getTranslations("layout");
  const actor = await getActor();
  // This request renewed the idle limit (proxy.ts); the absolute limit still counts from sign-in.
  const absoluteExpiresAt = actor ? await sessionAbsoluteExpiresAt() : null;
  const absoluteSecondsLeft = absoluteExpiresAt === null ? 0 : Math.max(0, absoluteExpiresAt - nowInSeconds());
  return (
    <html lang={locale} className="govuk-template">
      <body className="govuk-template__body" suppressHydrationWarning>
        {/* Only what any page's client components may read; pages add theirs (lib/i18n/client-messages.ts). */}
        <NextIntlClientProvider messages={pickNamespaces(await getMessages(), alwaysOnClient)}>
          <GovukFrontendInit />
          <a href="#main-content" className="govuk-skip-link" data-module="govuk-skip-link">
            {t("skipLink")}
          </a>
          <SiteHeader actor={actor} />
          {actor && absoluteExpiresAt !== null && (
            <SessionTimeoutWarning
              idleSeconds={sessionPolicy.idleSeconds}
              warningSeconds={sessionPolicy.warningSeconds}
              secondsLeft={Math.min(sessionPolicy.idleSeconds, absoluteSecondsLeft)}
              absoluteSecondsLeft={absoluteSecondsLeft}
            />
          )}
          <div className="govuk-width-container">
            <PhaseBanner />
            <main className="govuk-main-wrapper" id="main-content">
              {/* Error summaries move here once the page's scripts run (components/govuk/ErrorSummary.tsx). */}
              <div id={errorSummarySlotId} />
              {children}
            </main>
          </div>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
