"use server";

import { getLocale } from "next-intl/server";
import { toLocale } from "@/lib/i18n/locales";
import { linkToken } from "@/lib/schemas/ids";
import { acceptInvitationSchema } from "@/lib/schemas/members";
import { tokenAction } from "@/lib/server/action";
import { acceptInvitation } from "@/lib/server/members/accept-invitation";

// No actor here: the invitation token is the credential, checked and spent inside acceptInvitation.
export const acceptInvitationAction = tokenAction({
  name: "accept invitation",
  bound: [linkToken],
  fields: ["name", "password", "confirmPassword"],
  secret: ["password", "confirmPassword"],
  input: acceptInvitationSchema,
  once: true,
  run: async ({ bound: [token], input }) => acceptInvitation(token, input, toLocale(await getLocale())),
  then: () => "/signin?joined=1",
});
