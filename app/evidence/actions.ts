"use server";

import { notFound, redirect } from "next/navigation";
import { fieldErrors, formValues, type FormState } from "@/lib/forms/form-state";
import { evidenceProfileFields, evidenceProfileSchema } from "@/lib/schemas/evidence";
import { requireActor } from "@/lib/server/auth/actor";
import { saveEvidenceProfile } from "@/lib/server/evidence/evidence-profile";
import { isFailure, withFormErrors } from "@/lib/server/form-action";
import { responseDrafters } from "@/lib/server/responses/access";

export async function saveEvidenceProfileAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, evidenceProfileFields);
  const actor = await requireActor({ roles: responseDrafters });
  const parsed = evidenceProfileSchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  const outcome = await withFormErrors(values, "save evidence profile", () => saveEvidenceProfile(actor, parsed.data, Number(values.version) || 0));
  if (outcome === null) notFound();
  if (isFailure(outcome)) return outcome;
  redirect("/evidence?done=saved");
}
