import "server-only";
import type { Role } from "@/lib/domain/organisations/roles";
import type { Actor } from "@/lib/server/auth/actor";

// Who does what with a contract. Everyone else, and every other organisation, finds nothing (404).
export { contractReaders } from "@/lib/domain/contracts/contract-roles";
/** The buyer's officer makes the contract from the award and sets its targets. */
export const contractEditors: readonly Role[] = ["procurement-officer"];
/** The buyer's sustainability specialist reviews each KPI the supplier reports. */
export const kpiReviewers: readonly Role[] = ["sustainability-specialist"];
/** The supplier's people fill in the yearly reports; its admins submit them, as they submit tenders. */
export const contractReporters: readonly Role[] = ["supplier-admin", "supplier-contributor"];
export const contractSubmitters: readonly Role[] = ["supplier-admin"];

export const isBuyer = (actor: Actor) => actor.organisationKind === "buyer";
export const canEditContract = (actor: Actor) => isBuyer(actor) && contractEditors.includes(actor.role);
export const canReviewKpis = (actor: Actor) => isBuyer(actor) && kpiReviewers.includes(actor.role);
export const canReport = (actor: Actor) => actor.organisationKind === "supplier" && contractReporters.includes(actor.role);
export const canSubmit = (actor: Actor) => actor.organisationKind === "supplier" && contractSubmitters.includes(actor.role);

/** A date column (UK day at midnight UTC) as the rules read it. */
export const dayOf = (date: Date) => date.toISOString().slice(0, 10);
export const dateOfDay = (day: string) => new Date(`${day}T00:00:00Z`);
