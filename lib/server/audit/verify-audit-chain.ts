import "server-only";
import { findFirstBreak, genesisHash, type ChainBreak, type ChainedEvent } from "@/lib/audit/chain";
import type { Db } from "@/lib/server/db";

const pageSize = 1000;

/** Reads the whole chain in pages, in sequence order, and returns the first broken event (or null) and the count. */
export async function verifyAuditChain(db: Db): Promise<{ checked: number; firstBreak: ChainBreak | null; headMatches: boolean }> {
  let checked = 0;
  let last = { sequence: 0, hash: genesisHash };
  for (;;) {
    const page: ChainedEvent[] = await db.auditEvent.findMany({ where: { sequence: { gt: last.sequence } }, orderBy: { sequence: "asc" }, take: pageSize });
    if (page.length === 0) break;
    const firstBreak = findFirstBreak(page, last);
    if (firstBreak) return { checked: checked + page.findIndex((event) => event.sequence === firstBreak.sequence), firstBreak, headMatches: false };
    checked += page.length;
    const tail = page[page.length - 1];
    last = { sequence: tail.sequence, hash: tail.hash };
  }
  // A deletion of the newest events leaves the chain valid but shorter than its head says.
  const head = await db.auditChainHead.findFirst({ where: { id: 1 } });
  const headMatches = !head || (head.sequence === last.sequence && head.hash === last.hash);
  return { checked, firstBreak: null, headMatches };
}
