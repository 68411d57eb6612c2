"use server";

import { getLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { fieldErrors, formValues, type FormState } from "@/lib/forms/form-state";
import { toLocale } from "@/lib/i18n/locales";
import { registerSupplierFields, registerSupplierSchema } from "@/lib/schemas/responses";
import { isFailure, withFormErrors } from "@/lib/server/form-action";
import { registerSupplier } from "@/lib/server/responses/register-supplier";

// No actor here: the invitation token is the credential, checked and spent inside registerSupplier.
export async function registerSupplierAction(token: string, _state: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, registerSupplierFields);
  const kept = { organisationNameEn: values.organisationNameEn, organisationNameCy: values.organisationNameCy, nation: values.nation, name: values.name };
  const parsed = registerSupplierSchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values: kept };
  const outcome = await withFormErrors(kept, "register supplier", async () => registerSupplier(token, parsed.data, toLocale(await getLocale())));
  if (isFailure(outcome)) return outcome;
  redirect("/signin?joined=1");
}
