"use server";

import { redirect } from "next/navigation";
import { adminRoles } from "@/lib/domain/organisations/roles";
import { fieldErrors, formValues, type FormState } from "@/lib/forms/form-state";
import { changeMemberRoleSchema, inviteMemberSchema } from "@/lib/schemas/members";
import { requireActor } from "@/lib/server/auth/actor";
import { withFormErrors } from "@/lib/server/form-action";
import { changeMember } from "@/lib/server/members/change-member-role";
import { inviteMember } from "@/lib/server/members/invite-member";
import { notFound } from "next/navigation";

export async function inviteMemberAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["email", "role"]);
  const parsed = inviteMemberSchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  const actor = await requireActor({ roles: adminRoles });
  const outcome = await withFormErrors(values, "invite member", () => inviteMember(actor, parsed.data));
  if ("errors" in outcome) return outcome;
  redirect(`/members/invite/sent?invitation=${outcome.invitationId}&token=${outcome.token}`);
}

export async function changeMemberRoleAction(membershipId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["role"]);
  const parsed = changeMemberRoleSchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  const actor = await requireActor({ roles: adminRoles });
  const outcome = await withFormErrors(values, "change member role", () => changeMember(actor, membershipId, parsed.data.role));
  if (outcome === null) notFound();
  if ("errors" in outcome) return outcome;
  redirect(`/members?done=changed&name=${encodeURIComponent(outcome.name)}`);
}

export async function removeMemberAction(membershipId: string, _state: FormState): Promise<FormState> {
  const actor = await requireActor({ roles: adminRoles });
  const outcome = await withFormErrors({}, "remove member", () => changeMember(actor, membershipId, null));
  if (outcome === null) notFound();
  if ("errors" in outcome) return outcome;
  redirect(`/members?done=removed&name=${encodeURIComponent(outcome.name)}`);
}
