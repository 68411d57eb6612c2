import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { Button } from "@/components/govuk/Button";
import { getActor } from "@/lib/server/auth/actor";
import { csrfCookieName } from "@/lib/server/auth/config";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signOut"))("title") };
}

export default async function SignOutPage() {
  const t = await getTranslations("signOut");
  if (!(await getActor())) redirect("/");
  const csrfToken = (await cookies()).get(csrfCookieName)?.value.split("|")[0] ?? "";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t("title")}</h1>
        <p className="govuk-body">{t("body")}</p>
        <form method="post" action="/api/auth/signout">
          <input type="hidden" name="csrfToken" value={csrfToken} />
          <input type="hidden" name="callbackUrl" value="/?signedOut=1" />
          <Button>{t("submit")}</Button>
        </form>
      </div>
    </div>
  );
}
