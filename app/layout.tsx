import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { GovukFrontendInit } from "@/components/layout/GovukFrontendInit";
import { PhaseBanner } from "@/components/layout/PhaseBanner";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { getActor } from "@/lib/server/auth/actor";
import "./globals.scss";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("layout");
  return { title: { default: t("serviceName"), template: `%s – ${t("serviceName")}` }, icons: { icon: "/assets/images/favicon.ico" } };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("layout");
  const actor = await getActor();
  return (
    <html lang={locale} className="govuk-template">
      <body className="govuk-template__body" suppressHydrationWarning>
        <NextIntlClientProvider>
          <GovukFrontendInit />
          <a href="#main-content" className="govuk-skip-link" data-module="govuk-skip-link">
            {t("skipLink")}
          </a>
          <SiteHeader actor={actor} />
          <div className="govuk-width-container">
            <PhaseBanner />
            <main className="govuk-main-wrapper" id="main-content">
              {children}
            </main>
          </div>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
