import "server-only";
import type { z } from "zod";
import { withNames } from "@/lib/domain/text";
import type { assessmentListQuerySchema, assessmentSchema, assessmentSummarySchema, resultsSchema } from "@/lib/schemas/api";
import { recordId } from "@/lib/schemas/ids";
import { canRead } from "@/lib/server/assessments/access";
import { getAssessment, type AssessmentView } from "@/lib/server/assessments/get-assessment";
import { getResults } from "@/lib/server/assessments/get-results";
import { engineCriterionId } from "@/lib/server/assessments/to-assessment-config";
import type { Actor } from "@/lib/server/auth/actor";
import { readableAssessments } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";

// The API's reading of assessments: the same use cases and scoping as the web app's pages, shaped as lib/schemas/api.

type Summary = z.infer<typeof assessmentSummarySchema>;

/**
 * A page of the organisation's assessments, newest first or soonest deadline first, and the cursor of the next page
 * (null on the last). The cursor holds the sort and the last row's key, so pages never repeat or skip a row.
 */
export async function listApiAssessments(actor: Actor, query: z.infer<typeof assessmentListQuerySchema>): Promise<{ items: Summary[]; next: string | null } | "bad-cursor"> {
  if (!canRead(actor)) return { items: [], next: null };
  const after = query.cursor === undefined ? null : readCursor(query.cursor, query.sort);
  if (after === "bad") return "bad-cursor";
  const byDeadline = query.sort === "deadline";
  const key = byDeadline ? "responseDeadline" : "createdAt";
  const beyond = after
    ? byDeadline
      ? { OR: [{ responseDeadline: { gt: after.at } }, { responseDeadline: after.at, id: { gt: after.id } }] }
      : { OR: [{ createdAt: { lt: after.at } }, { createdAt: after.at, id: { lt: after.id } }] }
    : {};
  const rows = await db.assessment.findMany({
    where: { AND: [readableAssessments(actor), query.status ? { status: query.status } : {}, beyond] },
    orderBy: byDeadline ? [{ responseDeadline: "asc" }, { id: "asc" }] : [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    select: { id: true, reference: true, title: true, titleCy: true, status: true, responseDeadline: true, createdAt: true, frameworkId: true, frameworkVersion: true, frameworkLevel: true },
  });
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((row) => ({
      id: row.id,
      reference: row.reference,
      title: { en: row.title, cy: row.titleCy },
      status: row.status as Summary["status"],
      responseDeadline: row.responseDeadline.toISOString(),
      createdAt: row.createdAt.toISOString(),
      framework: { id: row.frameworkId, version: row.frameworkVersion, level: row.frameworkLevel as Summary["framework"]["level"] },
    })),
    next: rows.length > query.limit && last ? writeCursor(query.sort, last[key], last.id) : null,
  };
}

/** Cursors are opaque to callers: the list and sort they belong to, and the last row's key on the page. */
function writeCursor(sort: string, at: Date, id: string): string {
  return Buffer.from(`assessments:${sort}|${at.toISOString()}|${id}`).toString("base64url");
}

function readCursor(cursor: string, sort: string): { at: Date; id: string } | "bad" {
  const [kind, time, id, ...rest] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const at = new Date(time ?? "");
  return kind === `assessments:${sort}` && rest.length === 0 && id && /^[a-z0-9]{20,40}$/.test(id) && !Number.isNaN(at.getTime()) ? { at, id } : "bad";
}

/**
 * One of the organisation's own assessments, by an id as a request gave it (checked before it reaches the database):
 * null for another organisation's, one shared with a specialist, or none.
 */
export async function ownAssessment(actor: Actor, assessmentId: string): Promise<AssessmentView | null> {
  const id = recordId.safeParse(assessmentId);
  const view = id.success ? await getAssessment(actor, id.data) : null;
  return view && view.organisationId === actor.organisationId ? view : null;
}

/** One of the organisation's assessments as the API gives it; null when it is not theirs to read. */
export async function getApiAssessment(actor: Actor, assessmentId: string): Promise<z.infer<typeof assessmentSchema> | null> {
  const view = await ownAssessment(actor, assessmentId);
  return view ? shapeAssessment(view) : null;
}

function shapeAssessment(view: AssessmentView): z.infer<typeof assessmentSchema> {
  return {
    id: view.id,
    reference: view.reference,
    title: { en: view.title, cy: view.titleCy },
    status: view.status,
    responseDeadline: view.responseDeadline.toISOString(),
    createdAt: view.createdAt.toISOString(),
    framework: view.framework,
    description: { en: view.description, cy: view.descriptionCy },
    nation: view.nation,
    annualContractValue: view.annualContractValue,
    languages: view.languages,
    awardShare: view.awardShare,
    procurementCategory: view.procurementCategory,
    version: view.version,
    openData: view.openData,
    publishedAt: view.publishedAt?.toISOString() ?? null,
    scale: view.scale.map((point) => ({ value: point.value, descriptor: point.descriptor })),
    criteria: view.criteria.map((c) => ({ id: c.id, frameworkCriterionId: c.frameworkCriterionId, rule: c.rule, title: c.title, question: c.question, guidance: c.guidance, evidence: c.evidence, weight: c.weight, minimumScore: c.minimumScore })),
  };
}

/** The results, after the deadline, to those the web app shows them to; the reasons in both languages. */
export async function getApiResults(actor: Actor, assessmentId: string): Promise<z.infer<typeof resultsSchema> | "before-deadline" | "not-ready" | null> {
  const results = await getResults(actor, assessmentId);
  if (results.kind === "not-found") return null;
  if (results.kind === "before-deadline") return "before-deadline";
  if (results.kind === "problems") return "not-ready";
  const { result } = results.outcome;
  const nameOf = (id: string) => results.supplierNames[id] ?? { en: id, cy: id };
  // The engine's reasons name criteria, evaluators and suppliers by id; people read titles and names, as on the results page.
  const readable = (["en", "cy"] as const).map((language) => {
    const names = new Map<string, string>([
      ...results.assessment.criteria.map((c): [string, string] => [engineCriterionId(c), `“${c.title[language] || c.title.en}”`]),
      ...Object.entries(results.evaluatorNames),
      ...Object.entries(results.supplierNames).map(([id, name]): [string, string] => [id, name[language]]),
    ]);
    return (text: string) => withNames(text, names);
  });
  const words = (message: { en: string; cy: string }) => ({ en: readable[0](message.en), cy: readable[1](message.cy) });
  const set = (list: typeof result.excluded) => list.map((s) => ({ supplierId: s.supplierId, supplierName: nameOf(s.supplierId), reasons: s.reasons.map((r) => words(r.message)) }));
  return {
    assessmentId,
    ranking: result.ranking.map((row) => ({ supplierId: row.supplierId, supplierName: nameOf(row.supplierId), rank: row.rank, total: row.total })),
    disregarded: set(result.excluded),
    incomplete: set(result.incomplete),
    scores: result.suppliers.flatMap((supplier) =>
      supplier.criteria.map((c) => ({ supplierId: supplier.supplierId, criterionId: results.criterionIdOf(c.criterionId), agreedScore: c.agreedScore, status: c.status })),
    ),
  };
}
