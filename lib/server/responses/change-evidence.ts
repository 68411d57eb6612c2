import "server-only";
import { copyProfileIntoResponse, type ResponseEvidence } from "@/lib/domain/responses/evidence-copy";
import type { ServiceFootprintDeclaration } from "@/lib/domain/case/footprint-schema";
import type { Actor } from "@/lib/server/auth/actor";
import { AppError } from "@/lib/server/errors";
import { changeResponse } from "./access";
import { inOrganisation } from "@/lib/server/auth/scope";

/** Copies the organisation's evidence profile into its response in one step; each item keeps its own dates. */
export async function copyEvidenceProfile(actor: Actor, assessmentId: string, now?: () => Date) {
  return changeResponse(actor, assessmentId, "change", async (tx, { responseId }) => {
    const profile = await tx.evidenceProfile.findUnique({ where: inOrganisation(actor) });
    if (!profile) throw new AppError("NO_PROFILE", "evidenceProfile.empty");
    const response = await tx.response.findUniqueOrThrow({ where: { id: responseId }, select: { evidence: true } });
    const before = JSON.parse(response.evidence) as ResponseEvidence;
    const after = copyProfileIntoResponse(JSON.parse(profile.evidence), before);
    await tx.response.update({ where: { id: responseId }, data: { evidence: JSON.stringify(after) } });
    return { result: true, change: { action: "response.evidence-copied", before: { evidence: before.evidence ?? null, carbonReductionPlan: before.carbonReductionPlan ?? null }, after: { evidence: after.evidence, carbonReductionPlan: after.carbonReductionPlan ?? null, profileVersion: profile.version, profileUpdatedAt: profile.updatedAt } } };
  }, now);
}

/** Saves the service footprint declaration (Tech Net Zero recommendation 4) in the response. */
export async function saveFootprint(actor: Actor, assessmentId: string, declaration: ServiceFootprintDeclaration, now?: () => Date) {
  return changeResponse(actor, assessmentId, "change", async (tx, { responseId }) => {
    const response = await tx.response.findUniqueOrThrow({ where: { id: responseId }, select: { evidence: true } });
    const before = JSON.parse(response.evidence) as ResponseEvidence;
    await tx.response.update({ where: { id: responseId }, data: { evidence: JSON.stringify({ ...before, serviceFootprint: declaration }) } });
    return { result: true, change: { action: "response.footprint-saved", before: before.serviceFootprint ?? null, after: declaration } };
  }, now);
}
