"use server";

import { getLocale } from "next-intl/server";
import { toLocale } from "@/lib/i18n/locales";
import { acceptInvitationSchema } from "@/lib/schemas/members";
import { tokenAction } from "@/lib/server/action";
import { AppError } from "@/lib/server/errors";
import { dropLinkToken, heldLinkToken } from "@/lib/server/link-token-cookie";
import { acceptInvitation } from "@/lib/server/members/accept-invitation";

// No actor here: the invitation token (kept in a cookie when the link was opened) is the credential, checked and
// spent inside acceptInvitation.
export const acceptInvitationAction = tokenAction({
  name: "accept invitation",
  bound: [],
  fields: ["name", "password", "confirmPassword"],
  secret: ["password", "confirmPassword"],
  input: acceptInvitationSchema,
  once: true,
  run: async ({ input }) => {
    const token = await heldLinkToken("member-invitation");
    if (!token) throw new AppError("INVITATION_UNUSABLE", "invitation.unusable");
    const accepted = await acceptInvitation(token, input, toLocale(await getLocale()));
    await dropLinkToken("member-invitation");
    return accepted;
  },
  then: () => "/signin?joined=1",
});
