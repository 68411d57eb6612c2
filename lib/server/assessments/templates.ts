import "server-only";
import { carbonReductionPlanRequired } from "@/lib/domain/assessment-setup/carbon-reduction-plan-gate";
import { parseWelshSources } from "@/lib/domain/language/welsh-sources";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor } from "@/lib/server/auth/actor";
import { plainId } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";
import { canEdit, changeAssessment } from "./access";

/** Shares (or stops sharing) an assessment's criteria as a template other buyer organisations can start from. */
export async function setTemplateSharing(actor: Actor, assessmentId: string, shared: boolean) {
  return changeAssessment(
    actor,
    assessmentId,
    null,
    async (tx, changed) => {
      await tx.assessment.update({ where: { id: changed.id }, data: { isTemplate: shared } });
      return { result: true, change: { action: shared ? "template.shared" : "template.unshared" } };
    },
    { allowPublished: true },
  );
}

/** Templates every buyer organisation can see: only their wording and weights, never responses or scores. */
export async function listTemplates() {
  const templates = await db.assessment.findMany({
    where: { isTemplate: true },
    select: { id: true, title: true, titleCy: true, frameworkLevel: true, organisationId: true, _count: { select: { criteria: true } } },
    orderBy: { updatedAt: "desc" },
  });
  const organisations = await db.organisation.findMany({ where: { id: { in: templates.map((t) => t.organisationId) } }, select: { id: true, nameEn: true, nameCy: true } });
  const organisationOf = new Map(organisations.map((organisation) => [organisation.id, organisation]));
  return templates.map((template) => ({
    id: template.id,
    title: { en: template.title, cy: template.titleCy },
    frameworkLevel: template.frameworkLevel,
    criteria: template._count.criteria,
    organisation: organisationOf.get(template.organisationId)!,
  }));
}

/**
 * A copy of a shared template as the actor's own draft, recording where it came from. It takes the template's
 * criteria, weights, scale and conditions — never the other body's contract value or description: the copy has its
 * own (none and £0 unless given), and the Carbon Reduction Plan condition is decided again from its own value.
 */
export async function copyTemplate(actor: Actor, templateId: string, details: { title: string; reference: string; responseDeadline: Date; description?: string; annualContractValue?: number }) {
  if (!canEdit(actor)) return null;
  return db.$transaction(async (tx) => {
    const template = await tx.assessment.findFirst({ where: { id: plainId(templateId), isTemplate: true }, include: { criteria: { orderBy: { position: "asc" } }, gates: true } });
    if (!template) return null;
    const source = await tx.organisation.findFirstOrThrow({ where: { id: template.organisationId }, select: { nameEn: true } });
    const copy = await tx.assessment.create({
      data: {
        organisationId: actor.organisationId, title: details.title, reference: details.reference, description: details.description ?? "", nation: actor.nation,
        // What is bought comes with the criteria; the other body's description, value and award share do not.
        procurementCategory: template.procurementCategory,
        annualContractValue: details.annualContractValue ?? 0, carbonReductionPlanRequired: carbonReductionPlanRequired(actor.nation, details.annualContractValue ?? 0, false), responseDeadline: details.responseDeadline,
        scale: template.scale, divergenceThreshold: template.divergenceThreshold, frameworkId: template.frameworkId, frameworkVersion: template.frameworkVersion,
        frameworkLevel: template.frameworkLevel, languages: template.languages, minimumSustainabilityShare: template.minimumSustainabilityShare,
        minimumSocialValueShare: template.minimumSocialValueShare, copiedFromId: template.id, copiedFromLabel: `${template.title} — ${source.nameEn}`, createdById: actor.userId,
      },
    });
    await tx.assessmentCriterion.createMany({
      data: template.criteria.map(({ id: _id, assessmentId: _assessment, ...criterion }) => ({ ...criterion, assessmentId: copy.id })),
    });
    await tx.assessmentGate.createMany({ data: template.gates.map(({ id: _id, assessmentId: _assessment, ...gate }) => ({ ...gate, assessmentId: copy.id })) });
    await recordAuditEvent(tx, { organisationId: actor.organisationId, actorOrganisationId: actor.organisationId, actorUserId: actor.userId, action: "assessment.copied-from-template", subjectType: "Assessment", subjectId: copy.id, after: { templateId: template.id, from: copy.copiedFromLabel } });
    return { id: copy.id };
  });
}

function copiedDescriptionSource(json: string | null): string | null {
  const description = parseWelshSources(json)?.description;
  return description ? JSON.stringify({ description }) : null;
}
