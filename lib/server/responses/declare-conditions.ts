import "server-only";
import { declareConditions as mergeDeclarations, type GateResult } from "@/lib/domain/responses/conditions";
import type { ResponseEvidence } from "@/lib/domain/responses/evidence-copy";
import type { Actor } from "@/lib/server/auth/actor";
import { changeResponse, NotInResponse } from "./access";

/**
 * Records the supplier's self-declaration on the assessment's pass/fail conditions of participation, keyed by the
 * condition's id, in the response's gate results, which the buyer's results read. A condition that is not the
 * assessment's answers 404.
 */
export async function declareConditions(actor: Actor, assessmentId: string, answers: Record<string, GateResult>, now?: () => Date) {
  return changeResponse(actor, assessmentId, "change", async (tx, { assessmentId: invitedTo, responseId }) => {
    const [gates, response] = await Promise.all([
      tx.assessmentGate.findMany({ where: { assessmentId: invitedTo }, orderBy: { position: "asc" }, select: { id: true } }),
      tx.response.findUniqueOrThrow({ where: { id: responseId }, select: { evidence: true } }),
    ]);
    const before = JSON.parse(response.evidence) as ResponseEvidence;
    const declared = mergeDeclarations(gates.map((gate) => gate.id), before.gateResults, answers);
    if ("unknown" in declared) throw new NotInResponse();
    await tx.response.update({ where: { id: responseId }, data: { evidence: JSON.stringify({ ...before, gateResults: declared.gateResults }) } });
    return { result: true, change: { action: "response.conditions-declared", before: before.gateResults ?? null, after: declared.gateResults } };
  }, now);
}
