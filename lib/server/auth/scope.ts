// Where-builders: every query of organisation-owned records goes through one of these, so that a record of another
// organisation is simply not found. Pure, so they are unit-tested.

export type ScopedActor = { organisationId: string };

export function inOrganisation(actor: ScopedActor) {
  return { organisationId: actor.organisationId };
}

export function byIdInOrganisation(actor: ScopedActor, id: string) {
  return { id, organisationId: actor.organisationId };
}
