"use server";

import { getLocale } from "next-intl/server";
import { toLocale } from "@/lib/i18n/locales";
import { linkToken } from "@/lib/schemas/ids";
import { registerSupplierFields, registerSupplierSchema } from "@/lib/schemas/responses";
import { tokenAction } from "@/lib/server/action";
import { registerSupplier } from "@/lib/server/responses/register-supplier";

// No actor here: the invitation token is the credential, checked and spent inside registerSupplier.
export const registerSupplierAction = tokenAction({
  name: "register supplier",
  bound: [linkToken],
  fields: registerSupplierFields,
  secret: ["password", "confirmPassword"],
  input: registerSupplierSchema,
  once: true,
  run: async ({ bound: [token], input }) => registerSupplier(token, input, toLocale(await getLocale())),
  then: () => "/signin?joined=1",
});
