// npm run audit:verify — checks the audit log's hash chain in the database named by DATABASE_URL and names the
// first event that was changed, removed or inserted. Exit code 1 when the chain is broken.
import { verifyAuditChain } from "@/lib/server/audit/verify-audit-chain";
import { createDb } from "@/lib/server/db";

async function main() {
  const db = createDb();
  try {
    const { checked, firstBreak, headMatches } = await verifyAuditChain(db);
    if (firstBreak) {
      const what = { "content-changed": "its content was changed", "previous-hash-mismatch": "the event before it was changed or replaced", "sequence-gap": "an event before it is missing" }[firstBreak.reason];
      console.error(`Audit chain broken at event ${firstBreak.sequence}${firstBreak.id ? ` (id ${firstBreak.id})` : ""}: ${what}. ${checked} events before it are intact.`);
      process.exitCode = 1;
    } else if (!headMatches) {
      console.error(`Audit chain broken after event ${checked}: the newest events were removed.`);
      process.exitCode = 1;
    } else {
      console.log(`Audit chain intact: ${checked} events checked.`);
    }
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error("Could not check the audit chain:", error instanceof Error ? error.message : error);
  process.exitCode = 2;
});
