import "server-only";
import { chainStart, findFirstBreak, headMatches, type ChainBreak, type ChainedEvent, type ChainPosition } from "@/lib/audit/chain";
import type { Db } from "@/lib/server/db";

const pageSize = 1000;

export type ChainVerification = { chainId: string; checked: number; firstBreak: ChainBreak | null; headMatches: boolean };
export type AuditVerification = { checked: number; chains: ChainVerification[]; broken: ChainVerification[] };

/** Checks every audit chain (each organisation's, the service's, the legacy one) and reports each on its own. */
export async function verifyAuditChains(db: Db): Promise<AuditVerification> {
  const heads = await db.auditChainHead.findMany({ select: { chainId: true } });
  const withEvents = await db.auditEvent.groupBy({ by: ["chainId"] });
  const chainIds = [...new Set([...heads, ...withEvents].map((row) => row.chainId))].sort();
  const chains: ChainVerification[] = [];
  for (const chainId of chainIds) chains.push(await verifyAuditChain(db, chainId));
  return {
    checked: chains.reduce((sum, chain) => sum + chain.checked, 0),
    chains,
    broken: chains.filter((chain) => chain.firstBreak || !chain.headMatches),
  };
}

/** Reads one chain in pages, in sequence order, and returns its first broken event (or null) and the count. */
export async function verifyAuditChain(db: Db, chainId: string): Promise<ChainVerification> {
  let checked = 0;
  let last: ChainPosition = chainStart;
  for (;;) {
    const page: ChainedEvent[] = await db.auditEvent.findMany({ where: { chainId, sequence: { gt: last.sequence } }, orderBy: { sequence: "asc" }, take: pageSize });
    if (page.length === 0) break;
    const firstBreak = findFirstBreak(chainId, page, last);
    if (firstBreak) return { chainId, checked: checked + page.findIndex((event) => event.sequence === firstBreak.sequence), firstBreak, headMatches: false };
    checked += page.length;
    const tail = page[page.length - 1];
    last = { sequence: tail.sequence, hash: tail.hash };
  }
  // A deletion of the newest events leaves the chain valid but shorter than its head says.
  const head = await db.auditChainHead.findUnique({ where: { chainId }, select: { sequence: true, hash: true } });
  return { chainId, checked, firstBreak: null, headMatches: headMatches(head, last) };
}
