import type { Role } from "../organisations/roles";

/** Who reads contracts: the buyer's officers, specialists and admins, and the supplier's people (their own only). */
export const contractReaders: readonly Role[] = ["procurement-officer", "sustainability-specialist", "organisation-admin", "supplier-admin", "supplier-contributor"];
