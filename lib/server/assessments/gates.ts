import "server-only";
import type { Actor } from "@/lib/server/auth/actor";
import { AppError } from "@/lib/server/errors";
import { changeAssessment } from "./access";

/** A pass/fail condition of participation besides the Carbon Reduction Plan, e.g. "Hold Cyber Essentials Plus". */
export async function addGate(actor: Actor, assessmentId: string, question: { en: string; cy: string }) {
  return changeAssessment(actor, assessmentId, null, async (tx) => {
    const position = await tx.assessmentGate.count({ where: { assessmentId } });
    const gate = await tx.assessmentGate.create({ data: { assessmentId, position, questionEn: question.en, questionCy: question.cy } });
    return { result: true, change: { action: "gate.added", subjectType: "AssessmentGate", subjectId: gate.id, after: question } };
  });
}

export async function removeGate(actor: Actor, assessmentId: string, gateId: string) {
  return changeAssessment(actor, assessmentId, null, async (tx) => {
    const gate = await tx.assessmentGate.findFirst({ where: { id: gateId, assessmentId } });
    if (!gate) throw new AppError("NOT_FOUND", "gate.notFound");
    await tx.assessmentGate.delete({ where: { id: gate.id } });
    return { result: true, change: { action: "gate.removed", subjectType: "AssessmentGate", subjectId: gate.id, before: { en: gate.questionEn, cy: gate.questionCy } } };
  });
}
