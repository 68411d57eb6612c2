"use server";

import { getLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { fieldErrors, formValues, type FormState } from "@/lib/forms/form-state";
import { toLocale } from "@/lib/i18n/locales";
import { acceptInvitationSchema } from "@/lib/schemas/members";
import { withFormErrors } from "@/lib/server/form-action";
import { acceptInvitation } from "@/lib/server/members/accept-invitation";

// No actor here: the invitation token is the credential, checked and spent inside acceptInvitation.
export async function acceptInvitationAction(token: string, _state: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["name", "password", "confirmPassword"]);
  const kept = { name: values.name };
  const parsed = acceptInvitationSchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values: kept };
  const outcome = await withFormErrors(kept, "accept invitation", async () => acceptInvitation(token, parsed.data, toLocale(await getLocale())));
  if ("errors" in outcome) return outcome;
  redirect("/signin?joined=1");
}
