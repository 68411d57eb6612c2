"use server";

import { adminRoles } from "@/lib/domain/organisations/roles";
import { organisationIdentifierFields, organisationIdentifierSchema } from "@/lib/schemas/organisation";
import { formAction } from "@/lib/server/action";
import { setOrganisationIdentifier } from "@/lib/server/organisations/organisation-details";

export const setOrganisationIdentifierAction = formAction({
  name: "set organisation identifier",
  roles: adminRoles,
  bound: [],
  fields: organisationIdentifierFields,
  input: organisationIdentifierSchema,
  run: ({ actor, input }) => setOrganisationIdentifier(actor, input),
  then: () => "/organisation?done=saved",
});
