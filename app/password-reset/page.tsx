import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RequestPasswordResetForm } from "@/components/account/RequestPasswordResetForm";
import { withClientMessages } from "@/components/layout/ClientMessages";
import { requestPasswordResetAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("passwordReset.request"))("title") };
}

function RequestPasswordResetPage() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <RequestPasswordResetForm action={requestPasswordResetAction} />
      </div>
    </div>
  );
}

export default withClientMessages(RequestPasswordResetPage, ["errors", "passwordReset.request"]);
