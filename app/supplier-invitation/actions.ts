"use server";

import { getLocale } from "next-intl/server";
import { toLocale } from "@/lib/i18n/locales";
import { registerSupplierFields, registerSupplierSchema } from "@/lib/schemas/responses";
import { formAction, tokenAction } from "@/lib/server/action";
import { AppError } from "@/lib/server/errors";
import { dropLinkToken, heldLinkToken } from "@/lib/server/link-token-cookie";
import { acceptSupplierInvitationForOrganisation, registerSupplier } from "@/lib/server/responses/register-supplier";

async function tokenOrRefuse(): Promise<string> {
  const token = await heldLinkToken("supplier-invitation");
  if (!token) throw new AppError("INVITATION_UNUSABLE", "invitation.unusable");
  return token;
}

// No actor here: the invitation token (kept in a cookie when the link was opened) is the credential, checked and
// spent inside registerSupplier.
export const registerSupplierAction = tokenAction({
  name: "register supplier",
  bound: [],
  fields: registerSupplierFields,
  secret: ["password", "confirmPassword"],
  input: registerSupplierSchema,
  once: true,
  run: async ({ input }) => {
    const registered = await registerSupplier(await tokenOrRefuse(), input, toLocale(await getLocale()));
    await dropLinkToken("supplier-invitation");
    return registered;
  },
  then: () => "/signin?joined=1",
});

// A supplier organisation already on the service: its admin, signed in, takes the invitation for it.
export const acceptSupplierInvitationAction = formAction({
  name: "accept supplier invitation for organisation",
  roles: ["supplier-admin"],
  bound: [],
  run: async ({ actor }) => {
    const accepted = await acceptSupplierInvitationForOrganisation(actor, await tokenOrRefuse());
    await dropLinkToken("supplier-invitation");
    return accepted;
  },
  then: ({ assessmentId }) => `/responses/${assessmentId}?done=invitationAccepted`,
});
