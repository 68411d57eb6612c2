// Where-builders: the one place organisation scoping is written. Every query of an organisation's records goes
// through one of these, so that a record of another organisation is simply not found (404).
//
// Two rules:
// - an id from a request is a string already parsed by the action client (lib/server/action.ts); the builders
//   check it again, because a filter object in its place (`{ in: [...] }`) would widen the query;
// - a child (criterion, gate, comment, question, conflict, invitation, specialist grant, file) is found by its own
//   id within a parent row just read from the database, and that row's organisation, never by a parent id the
//   request supplied alone.
// Pure, so they are unit-tested.

export type ScopedActor = { organisationId: string; userId: string; role: string; organisationKind: string };

/** Refuses anything but a plain string where an id belongs (a string that is no id simply finds nothing). */
export function plainId(id: unknown): string {
  if (typeof id !== "string") throw new TypeError("An id must be a string");
  return id;
}

export function inOrganisation(actor: Pick<ScopedActor, "organisationId">) {
  return { organisationId: actor.organisationId };
}

export function byIdInOrganisation(actor: Pick<ScopedActor, "organisationId">, id: string) {
  return { id: plainId(id), organisationId: actor.organisationId };
}

/** The actor's own organisation record: the only organisation whose details a person may read or change. */
export function ownOrganisation(actor: Pick<ScopedActor, "organisationId">) {
  return { id: plainId(actor.organisationId) };
}

/** Assessments a specialist has an active part in, whichever organisation owns them. */
export function grantedTo(actor: Pick<ScopedActor, "userId">) {
  return { specialists: { some: { userId: actor.userId, revokedAt: null } } };
}

const assessmentReaderRoles = ["procurement-officer", "sustainability-specialist", "organisation-admin"];

/**
 * One assessment the actor may read, or null when they may read none: one of their organisation's, or, for a
 * sustainability specialist, one they are granted a part in while the grant lasts (a specialist shared across
 * public bodies sees that one assessment and nothing else of the other organisation).
 */
export function readableAssessment(actor: ScopedActor, assessmentId: string) {
  if (actor.organisationKind !== "buyer" || !assessmentReaderRoles.includes(actor.role)) return null;
  if (actor.role !== "sustainability-specialist") return byIdInOrganisation(actor, assessmentId);
  return { id: plainId(assessmentId), OR: [inOrganisation(actor), grantedTo(actor)] };
}

/** Assessments the actor's organisation may read, for lists. */
export function readableAssessments(actor: ScopedActor) {
  return actor.role === "sustainability-specialist" ? { OR: [inOrganisation(actor), grantedTo(actor)] } : inOrganisation(actor);
}

/** Published assessments to which the actor's (supplier) organisation is invited, the invitation not withdrawn. */
export function invitedAssessments(actor: Pick<ScopedActor, "organisationId">) {
  return { status: "published", supplierInvitations: { some: { supplierOrganisationId: actor.organisationId, withdrawnAt: null } } };
}

export function invitedAssessment(actor: Pick<ScopedActor, "organisationId">, assessmentId: string) {
  return { id: plainId(assessmentId), ...invitedAssessments(actor) };
}

/**
 * An assessment whose assessment summaries the buyer has released, to a supplier organisation that submitted a
 * tender to it: the only way a supplier reaches a summary, and then only its own.
 */
export function releasedSummaryFor(actor: Pick<ScopedActor, "organisationId">, assessmentId: string) {
  return {
    ...invitedAssessment(actor, assessmentId),
    summariesReleasedAt: { not: null },
    responses: { some: { supplierOrganisationId: actor.organisationId, status: "submitted" } },
  };
}

/** The actor's own organisation's responses: the only responses a supplier ever finds. */
export function ownResponses(actor: Pick<ScopedActor, "organisationId">) {
  return { supplierOrganisationId: actor.organisationId };
}

export function ownResponse(actor: Pick<ScopedActor, "organisationId">, assessmentId: string) {
  return { assessmentId: plainId(assessmentId), ...ownResponses(actor) };
}

export function ownResponseById(actor: Pick<ScopedActor, "organisationId">, responseId: string) {
  return { id: plainId(responseId), ...ownResponses(actor) };
}

/**
 * A child record of an assessment by its own id, within an assessment row just read from the database through one
 * of the builders above (pass the row, not an id from the request).
 */
export function childOf(assessment: { id: string }, childId: string) {
  return { id: plainId(childId), assessmentId: plainId(assessment.id) };
}

/** A file prepared in the background: only ever the requester's own, in their organisation, for that assessment. */
export function ownPreparedFile(actor: Pick<ScopedActor, "organisationId" | "userId">, assessmentId: string, id: string) {
  return { id: plainId(id), assessmentId: plainId(assessmentId), organisationId: actor.organisationId, requestedById: actor.userId };
}

const contractBuyerRoles = ["procurement-officer", "sustainability-specialist", "organisation-admin"];
const contractSupplierRoles = ["supplier-admin", "supplier-contributor"];

/**
 * Contracts the actor may read: the buyer's people read their organisation's; the supplier's people read the
 * contracts awarded to their organisation, and no other supplier's. Null for anyone else.
 */
export function readableContracts(actor: ScopedActor) {
  if (actor.organisationKind === "buyer" && contractBuyerRoles.includes(actor.role)) return inOrganisation(actor);
  if (actor.organisationKind === "supplier" && contractSupplierRoles.includes(actor.role)) return { supplierOrganisationId: actor.organisationId };
  return null;
}

export function readableContract(actor: ScopedActor, contractId: string) {
  const scope = readableContracts(actor);
  return scope && { id: plainId(contractId), ...scope };
}
