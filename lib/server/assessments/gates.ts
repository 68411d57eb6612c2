import "server-only";
import type { Actor } from "@/lib/server/auth/actor";
import { childOf } from "@/lib/server/auth/scope";
import { AppError } from "@/lib/server/errors";
import { changeAssessment } from "./access";

/** A pass/fail condition of participation besides the Carbon Reduction Plan, e.g. "Hold Cyber Essentials Plus". */
export async function addGate(actor: Actor, assessmentId: string, question: { en: string; cy: string }) {
  return changeAssessment(actor, assessmentId, null, async (tx, assessment) => {
    const position = await tx.assessmentGate.count({ where: { assessmentId: assessment.id } });
    const gate = await tx.assessmentGate.create({ data: { assessmentId: assessment.id, position, questionEn: question.en, questionCy: question.cy } });
    return { result: true, change: { action: "gate.added", subjectType: "AssessmentGate", subjectId: gate.id, after: question } };
  });
}

export async function removeGate(actor: Actor, assessmentId: string, gateId: string) {
  return changeAssessment(actor, assessmentId, null, async (tx, assessment) => {
    const gate = await tx.assessmentGate.findFirst({ where: childOf(assessment, gateId) });
    if (!gate) throw new AppError("NOT_FOUND", "gate.notFound");
    await tx.assessmentGate.delete({ where: { id: gate.id } });
    return { result: true, change: { action: "gate.removed", subjectType: "AssessmentGate", subjectId: gate.id, before: { en: gate.questionEn, cy: gate.questionCy } } };
  });
}
