"use server";

import { headers } from "next/headers";
import { requestPasswordResetSchema, resetPasswordSchema } from "@/lib/schemas/account";
import { requestPasswordReset } from "@/lib/server/account/request-password-reset";
import { resetPassword } from "@/lib/server/account/reset-password";
import { tokenAction } from "@/lib/server/action";
import { clientAddress } from "@/lib/server/auth/client-address";
import { AppError } from "@/lib/server/errors";
import { dropLinkToken, heldLinkToken } from "@/lib/server/link-token-cookie";

// Signed out: the e-mail address (for asking) and the link's token kept in a cookie (for choosing) are all there is.
export const requestPasswordResetAction = tokenAction({
  name: "request password reset",
  bound: [],
  fields: ["email"],
  input: requestPasswordResetSchema,
  run: async ({ input }) => {
    await requestPasswordReset(input.email, clientAddress(await headers()));
    return true;
  },
  // The same page whether or not an account has this address.
  then: () => "/password-reset/sent",
});

export const resetPasswordAction = tokenAction({
  name: "reset password",
  bound: [],
  fields: ["password", "confirmPassword"],
  secret: ["password", "confirmPassword"],
  input: resetPasswordSchema,
  once: true,
  run: async ({ input }) => {
    const token = await heldLinkToken("password-reset");
    if (!token) throw new AppError("RESET_UNUSABLE", "passwordReset.unusable");
    const done = await resetPassword(token, input.password);
    await dropLinkToken("password-reset");
    return done;
  },
  then: () => "/signin?reset=1",
});
