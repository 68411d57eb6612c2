import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ResetPasswordForm } from "@/components/account/ResetPasswordForm";
import { withClientMessages } from "@/components/layout/ClientMessages";
import { isPasswordResetOpen } from "@/lib/server/account/reset-password";
import { heldLinkToken } from "@/lib/server/link-token-cookie";
import { resetPasswordAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("passwordReset.choose"))("title") };
}

async function ChooseNewPasswordPage() {
  const t = await getTranslations("passwordReset");
  const open = await isPasswordResetOpen(await heldLinkToken("password-reset"));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {open ? (
          <ResetPasswordForm action={resetPasswordAction} />
        ) : (
          <>
            <h1 className="govuk-heading-l">{t("unusable.title")}</h1>
            <p className="govuk-body">{t("unusable.body")}</p>
            <p className="govuk-body">
              <a className="govuk-link" href="/password-reset">{t("unusable.again")}</a>
            </p>
          </>
        )}
      </div>
    </div>
  );
}

export default withClientMessages(ChooseNewPasswordPage, ["errors", "invitation", "passwordReset.choose"]);
