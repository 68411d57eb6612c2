import "server-only";
import type { ScalePoint } from "@/lib/domain/assessment-setup/scales";
import type { ProcurementCategory } from "@/lib/domain/assessment-setup/procurement-category";
import { parseWelshSources, type WelshSources } from "@/lib/domain/language/welsh-sources";
import type { Bilingual } from "@/lib/domain/text";
import type { Actor } from "@/lib/server/auth/actor";
import { db, type Prisma } from "@/lib/server/db";
import { assessmentWhere } from "./access";

export type CriterionView = {
  id: string;
  position: number;
  frameworkCriterionId: string | null;
  rule: "BR1" | "BR2" | "BR3" | "OUTCOME" | "OTHER";
  title: Bilingual;
  question: Bilingual;
  guidance: Bilingual;
  evidence: Bilingual;
  descriptors: Record<string, Bilingual>;
  weight: number;
  minimumScore: number | null;
  /** The English each Welsh field was written from (see lib/domain/language/welsh-sources). */
  welshSources: WelshSources | null;
};

const bi = (en: string, cy: string): Bilingual => ({ en, cy });

export function toCriterionView(row: {
  id: string; position: number; frameworkCriterionId: string | null; rule: string; titleEn: string; titleCy: string; questionEn: string; questionCy: string;
  guidanceEn: string; guidanceCy: string; evidenceEn: string; evidenceCy: string; descriptors: string | null; weight: number; minimumScore: number | null;
  welshSources?: string | null;
}): CriterionView {
  return {
    id: row.id,
    position: row.position,
    frameworkCriterionId: row.frameworkCriterionId,
    rule: row.rule as CriterionView["rule"],
    title: bi(row.titleEn, row.titleCy),
    question: bi(row.questionEn, row.questionCy),
    guidance: bi(row.guidanceEn, row.guidanceCy),
    evidence: bi(row.evidenceEn, row.evidenceCy),
    descriptors: row.descriptors ? (JSON.parse(row.descriptors) as Record<string, Bilingual>) : {},
    weight: row.weight,
    minimumScore: row.minimumScore,
    welshSources: parseWelshSources(row.welshSources ?? null),
  };
}

/** One assessment of the actor's organisation with everything its pages show, in a fixed number of queries. */
export async function getAssessment(actor: Actor, assessmentId: string) {
  const where = assessmentWhere(actor, assessmentId);
  if (!where) return null;
  return loadAssessment(where);
}

/**
 * The assessment found by a where-clause already scoped to the reader (scope.ts): for getAssessment, and for a
 * supplier reading its own released assessment summary (`releasedSummaryFor`).
 */
export async function loadAssessment(where: Prisma.AssessmentWhereInput) {
  const assessment = await db.assessment.findFirst({
    where,
    include: {
      criteria: { orderBy: { position: "asc" } },
      gates: { orderBy: { position: "asc" } },
      specialists: { where: { revokedAt: null } },
      comments: { orderBy: { createdAt: "asc" } },
      supplierInvitations: { orderBy: { createdAt: "asc" } },
      responses: { select: { supplierOrganisationId: true, status: true, submittedAt: true } },
    },
  });
  if (!assessment) return null;
  const userIds = [...new Set([...assessment.specialists.map((s) => s.userId), ...assessment.comments.flatMap((c) => [c.authorId, c.resolvedById ?? ""])])].filter(Boolean);
  const organisationIds = [...new Set(assessment.supplierInvitations.map((i) => i.supplierOrganisationId).filter((id): id is string => Boolean(id)))];
  const [users, organisations] = await Promise.all([
    db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true, email: true, memberships: { select: { organisation: { select: { id: true, nameEn: true, nameCy: true } } }, orderBy: { createdAt: "asc" }, take: 1 } } }),
    db.organisation.findMany({ where: { id: { in: organisationIds }, kind: "supplier" }, select: { id: true, nameEn: true, nameCy: true } }),
  ]);
  const userName = new Map(users.map((user) => [user.id, user.name]));
  const organisation = new Map(organisations.map((o) => [o.id, o]));
  const responseOf = new Map(assessment.responses.map((r) => [r.supplierOrganisationId, r]));
  return {
    ...assessmentSetUp(assessment),
    criteria: assessment.criteria.map(toCriterionView),
    gates: assessment.gates.map(toGateView),
    // A specialist of another public body (shared across organisations) is named with their organisation.
    specialists: assessment.specialists.map((s) => {
      const user = users.find((u) => u.id === s.userId);
      const home = user?.memberships[0]?.organisation;
      const shared = Boolean(home && home.id !== assessment.organisationId);
      return { id: s.id, userId: s.userId, name: userName.get(s.userId) ?? "", email: user?.email ?? "", shared, organisationName: shared && home ? bi(home.nameEn, home.nameCy ?? "") : null };
    }),
    comments: assessment.comments.map((c) => ({
      id: c.id,
      criterionId: c.criterionId,
      author: userName.get(c.authorId) ?? "",
      body: c.body,
      createdAt: c.createdAt,
      resolvedAt: c.resolvedAt,
      resolvedBy: c.resolvedById ? userName.get(c.resolvedById) ?? "" : null,
      resolution: c.resolution,
    })),
    invitations: assessment.supplierInvitations.map((invitation) => {
      const supplier = invitation.supplierOrganisationId ? organisation.get(invitation.supplierOrganisationId) : undefined;
      const response = invitation.supplierOrganisationId ? responseOf.get(invitation.supplierOrganisationId) : undefined;
      return {
        id: invitation.id,
        supplierOrganisationId: invitation.supplierOrganisationId,
        supplierName: supplier ? bi(supplier.nameEn, supplier.nameCy ?? "") : null,
        email: invitation.email,
        withdrawnAt: invitation.withdrawnAt,
        // The buyer sees whether a supplier has started or submitted, never what.
        progress: (response?.status ?? "not-started") as "not-started" | "in-progress" | "submitted" | "withdrawn",
        submittedAt: response?.submittedAt ?? null,
      };
    }),
  };
}

export type AssessmentView = NonNullable<Awaited<ReturnType<typeof loadAssessment>>>;

/** The assessment itself, as every page reads it (its criteria, gates and people are read beside it). */
function assessmentSetUp(assessment: Prisma.AssessmentGetPayload<object>) {
  return {
    id: assessment.id,
    organisationId: assessment.organisationId,
    title: assessment.title,
    titleCy: assessment.titleCy,
    reference: assessment.reference,
    description: assessment.description,
    descriptionCy: assessment.descriptionCy,
    welshSources: parseWelshSources(assessment.welshSources),
    awardShare: assessment.awardShare,
    procurementCategory: assessment.procurementCategory as ProcurementCategory,
    nation: assessment.nation as Actor["nation"],
    annualContractValue: assessment.annualContractValue,
    carbonReductionPlanRequired: assessment.carbonReductionPlanRequired,
    responseDeadline: assessment.responseDeadline,
    scale: JSON.parse(assessment.scale) as ScalePoint[],
    divergenceThreshold: assessment.divergenceThreshold,
    framework: { id: assessment.frameworkId, version: assessment.frameworkVersion, level: assessment.frameworkLevel as "2020" | "2025" },
    languages: assessment.languages as "en" | "cy" | "en+cy",
    minimumSustainabilityShare: assessment.minimumSustainabilityShare,
    minimumSocialValueShare: assessment.minimumSocialValueShare,
    status: assessment.status as "draft" | "published",
    publishedAt: assessment.publishedAt,
    summariesReleasedAt: assessment.summariesReleasedAt,
    outcome: assessment.outcome as "awarded" | "cancelled" | null,
    awardedSupplierOrganisationId: assessment.awardedSupplierOrganisationId,
    outcomeDecidedOn: assessment.outcomeDecidedOn,
    archivedAt: assessment.archivedAt,
    isTemplate: assessment.isTemplate,
    openData: assessment.openData,
    copiedFromLabel: assessment.copiedFromLabel,
    version: assessment.version,
    createdAt: assessment.createdAt,
    createdById: assessment.createdById,
  };
}

const toGateView = (gate: { id: string; questionEn: string; questionCy: string }) => ({ id: gate.id, question: bi(gate.questionEn, gate.questionCy) });

/** What the results read of a criterion: not its guidance, evidence or descriptors. */
export type ResultsCriterionView = Pick<CriterionView, "id" | "position" | "frameworkCriterionId" | "rule" | "title" | "question" | "weight" | "minimumScore">;

/**
 * The assessment as its results are worked out from it and the results pages show it: its set-up, its criteria as the
 * results read them, its gates and the specialists who score (by user id), without comments, invitations or people's
 * names, in 4 queries.
 */
export async function getAssessmentForResults(actor: Actor, assessmentId: string) {
  const where = assessmentWhere(actor, assessmentId);
  if (!where) return null;
  const assessment = await db.assessment.findFirst({
    where,
    include: {
      criteria: {
        orderBy: { position: "asc" },
        select: { id: true, position: true, frameworkCriterionId: true, rule: true, titleEn: true, titleCy: true, questionEn: true, questionCy: true, weight: true, minimumScore: true },
      },
      gates: { orderBy: { position: "asc" } },
      specialists: { where: { revokedAt: null }, select: { userId: true } },
    },
  });
  if (!assessment) return null;
  const { criteria, gates, specialists } = assessment;
  return {
    ...assessmentSetUp(assessment),
    criteria: criteria.map((c): ResultsCriterionView => ({
      id: c.id,
      position: c.position,
      frameworkCriterionId: c.frameworkCriterionId,
      rule: c.rule as CriterionView["rule"],
      title: bi(c.titleEn, c.titleCy),
      question: bi(c.questionEn, c.questionCy),
      weight: c.weight,
      minimumScore: c.minimumScore,
    })),
    gates: gates.map(toGateView),
    specialists,
  };
}

export type ResultsAssessment = NonNullable<Awaited<ReturnType<typeof getAssessmentForResults>>>;
