// npm run audit:verify — checks every audit chain (one per organisation, one for the service, and the legacy chain of
// events written before the split) in the database named by DATABASE_URL, and for each broken chain names the chain
// and the first event that was changed, removed or inserted. Exit code 1 when any chain is broken.
import { organisationOfAuditChain, type ChainBreak } from "@/lib/audit/chain";
import { verifyAuditChains, type ChainVerification } from "@/lib/server/audit/verify-audit-chain";
import { createDb, type Db } from "@/lib/server/db";

const reasons: Record<ChainBreak["reason"], string> = {
  "content-changed": "its content was changed",
  "previous-hash-mismatch": "the event before it was changed or replaced",
  "sequence-gap": "an event before it is missing",
  "wrong-chain": "it was moved from another chain",
};

async function chainName(db: Db, chainId: string): Promise<string> {
  const organisationId = organisationOfAuditChain(chainId);
  if (!organisationId) return `chain "${chainId}"`;
  const organisation = await db.organisation.findUnique({ where: { id: organisationId }, select: { nameEn: true } });
  return `chain "${chainId}" (${organisation?.nameEn ?? "organisation no longer exists"})`;
}

function problem(chain: ChainVerification): string {
  if (chain.firstBreak) {
    const { sequence, id, reason } = chain.firstBreak;
    return `broken at event ${sequence}${id ? ` (id ${id})` : ""}: ${reasons[reason]}. ${chain.checked} event${chain.checked === 1 ? "" : "s"} before it ${chain.checked === 1 ? "is" : "are"} intact.`;
  }
  return `broken after event ${chain.checked}: the newest events were removed (its head records more).`;
}

async function main() {
  const db = createDb();
  try {
    const { checked, chains, broken } = await verifyAuditChains(db);
    for (const chain of broken) console.error(`Audit ${await chainName(db, chain.chainId)} ${problem(chain)}`);
    if (broken.length > 0) {
      console.error(`${broken.length} of ${chains.length} audit chains broken.`);
      process.exitCode = 1;
    } else {
      console.log(`Audit chains intact: ${chains.length} chains, ${checked} events checked.`);
    }
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error("Could not check the audit chains:", error instanceof Error ? error.message : error);
  process.exitCode = 2;
});
