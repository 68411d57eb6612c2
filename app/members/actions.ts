"use server";

import { adminRoles } from "@/lib/domain/organisations/roles";
import { recordId } from "@/lib/schemas/ids";
import { changeMemberRoleSchema, inviteMemberSchema } from "@/lib/schemas/members";
import { formAction } from "@/lib/server/action";
import { rememberInvitationLink } from "@/lib/server/invitation-flash";
import { changeMember } from "@/lib/server/members/change-member-role";
import { inviteMember } from "@/lib/server/members/invite-member";
import { resendMemberInvitation } from "@/lib/server/members/resend-invitation";

export const inviteMemberAction = formAction({
  name: "invite member",
  roles: adminRoles,
  bound: [],
  fields: ["email", "role"],
  input: inviteMemberSchema,
  once: true,
  run: ({ actor, input }) => inviteMember(actor, input),
  then: async (invitation) => {
    // The link is shown on the confirmation page and never travels in a URL.
    await rememberInvitationLink(invitation.invitationId, invitation.token);
    return `/members/invite/sent?invitation=${invitation.invitationId}`;
  },
});

export const changeMemberRoleAction = formAction({
  name: "change member role",
  roles: adminRoles,
  bound: [recordId],
  fields: ["role"],
  input: changeMemberRoleSchema,
  run: ({ actor, bound: [membershipId], input }) => changeMember(actor, membershipId, input.role),
  then: (member) => `/members?done=${member.unchanged ? "unchanged" : "changed"}&name=${encodeURIComponent(member.name)}`,
});

export const removeMemberAction = formAction({
  name: "remove member",
  roles: adminRoles,
  bound: [recordId],
  run: ({ actor, bound: [membershipId] }) => changeMember(actor, membershipId, null),
  then: (member) => `/members?done=removed&name=${encodeURIComponent(member.name)}`,
});

export const resendMemberInvitationAction = formAction({
  name: "resend member invitation",
  roles: adminRoles,
  bound: [recordId],
  run: ({ actor, bound: [invitationId] }) => resendMemberInvitation(actor, invitationId),
  then: async (outcome) => {
    // The new link is shown on the confirmation page and never travels in a URL.
    await rememberInvitationLink(outcome.invitationId, outcome.token);
    return `/members/invite/sent?invitation=${outcome.invitationId}&resent=1`;
  },
});
