"use server";

import { adminRoles } from "@/lib/domain/organisations/roles";
import { apiTokenFields, apiTokenSchema } from "@/lib/schemas/api-tokens";
import { recordId } from "@/lib/schemas/ids";
import { formAction } from "@/lib/server/action";
import { createApiToken, revokeApiToken } from "@/lib/server/api-tokens/api-tokens";
import { rememberNewApiToken } from "@/lib/server/api-tokens/token-flash";

export const createApiTokenAction = formAction({
  name: "create API token",
  roles: adminRoles,
  bound: [],
  fields: apiTokenFields,
  input: apiTokenSchema,
  once: true,
  run: ({ actor, input }) => createApiToken(actor, input),
  then: async (created) => {
    // Shown once, on the confirmation page, and never in a URL.
    await rememberNewApiToken(created.id, created.token);
    return `/organisation/api-tokens/created?token=${created.id}`;
  },
});

export const revokeApiTokenAction = formAction({
  name: "revoke API token",
  roles: adminRoles,
  bound: [recordId],
  run: ({ actor, bound: [tokenId] }) => revokeApiToken(actor, tokenId),
  then: () => "/organisation/api-tokens?done=revoked",
});
