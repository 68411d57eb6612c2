import { z } from "zod";
import { apiTokenScopes } from "@/lib/domain/api/tokens";
import { inputLimits } from "@/lib/domain/case/limits";

// What the public API (/api/v1) takes and gives, as zod schemas: the route handlers parse with them and the
// OpenAPI description (/api/v1/openapi.json) is generated from them, so the two cannot drift apart. Each schema with
// a name of its own is registered in `apiSchemas` under the name the description gives it.

export const apiSchemas = z.registry<{ id: string; description?: string }>();

const bilingual = z.object({ en: z.string(), cy: z.string() }).register(apiSchemas, { id: "Bilingual", description: "The same text in English and Welsh (Welsh may be empty where the buyer wrote none)" });
const rule = z.enum(["BR1", "BR2", "BR3", "OUTCOME", "OTHER"]).meta({ description: "The Greening Government ICT business rule a criterion belongs to, an outcome, or the buyer's own" });

export const frameworkCriterionSchema = z.object({ id: z.string(), rule, level: z.enum(["2020", "2025", "outcome"]), title: bilingual, question: bilingual });
export const frameworkVersionSchema = z
  .object({ id: z.string(), version: z.string(), publishedOn: z.string().meta({ format: "date" }), title: bilingual, source: z.string(), criteria: z.array(frameworkCriterionSchema) })
  .register(apiSchemas, { id: "FrameworkVersion" });
export const frameworkListSchema = z.object({ items: z.array(frameworkVersionSchema) }).register(apiSchemas, { id: "FrameworkList" });

export const assessmentStatuses = ["draft", "published"] as const;

export const assessmentSummarySchema = z
  .object({
    id: z.string(),
    reference: z.string(),
    title: bilingual,
    status: z.enum(assessmentStatuses),
    responseDeadline: z.string().meta({ format: "date-time" }),
    createdAt: z.string().meta({ format: "date-time" }),
    framework: z.object({ id: z.string(), version: z.string(), level: z.enum(["2020", "2025"]) }),
  })
  .register(apiSchemas, { id: "AssessmentSummary" });

export const assessmentSchema = assessmentSummarySchema
  .extend({
    description: bilingual,
    nation: z.enum(["england", "wales", "scotland", "northern-ireland"]),
    annualContractValue: z.number().int().meta({ description: "Pounds a year, including VAT" }),
    languages: z.enum(["en", "cy", "en+cy"]),
    awardShare: z.number().int().nullable().meta({ description: "The share of the total award these criteria carry, in percent" }),
    procurementCategory: z.enum(["goods", "services", "works"]),
    version: z.number().int().meta({ description: "Send it back with a change: a change made since by someone else is refused" }),
    openData: z.boolean().meta({ description: "Its tender criteria are in the open-data feed" }),
    publishedAt: z.string().meta({ format: "date-time" }).nullable(),
    scale: z.array(z.object({ value: z.number(), descriptor: bilingual })),
    criteria: z.array(
      z.object({ id: z.string(), frameworkCriterionId: z.string().nullable(), rule, title: bilingual, question: bilingual, guidance: bilingual, evidence: bilingual, weight: z.number().int(), minimumScore: z.number().nullable() }),
    ),
  })
  .register(apiSchemas, { id: "Assessment" });

export const linksSchema = z.object({ next: z.string().nullable().meta({ description: "The next page's address, or null on the last page" }) });
export const assessmentListSchema = z.object({ items: z.array(assessmentSummarySchema), links: linksSchema }).register(apiSchemas, { id: "AssessmentList" });

export const resultsSchema = z
  .object({
    assessmentId: z.string(),
    ranking: z.array(z.object({ supplierId: z.string(), supplierName: bilingual, rank: z.number().int(), total: z.number().meta({ description: "Weighted total out of 100, to two decimals" }) })),
    disregarded: z.array(z.object({ supplierId: z.string(), supplierName: bilingual, reasons: z.array(bilingual) })),
    incomplete: z.array(z.object({ supplierId: z.string(), supplierName: bilingual, reasons: z.array(bilingual) })),
    scores: z
      .array(
        z.object({
          supplierId: z.string(),
          criterionId: z.string(),
          agreedScore: z.number().nullable().meta({ description: "The score that counts (the evaluators' mean, or the consensus), to two decimals; null while it does not count yet" }),
          status: z.enum(["agreed", "consensus", "divergent", "missing-scores"]),
        }),
      )
      .meta({ description: "Each supplier's agreed score on each criterion" }),
  })
  .register(apiSchemas, { id: "Results" });

export const invitationSchema = z
  .object({
    id: z.string(),
    supplier: z.object({ id: z.string(), name: bilingual }).nullable().meta({ description: "The supplier organisation, once it uses the service" }),
    email: z.string().nullable().meta({ description: "Where an e-mail invitation was sent" }),
    withdrawn: z.boolean(),
    progress: z.enum(["not-started", "in-progress", "submitted", "withdrawn"]).meta({ description: "Whether the supplier has started or submitted: never what, before the deadline" }),
    submittedAt: z.string().meta({ format: "date-time" }).nullable(),
  })
  .register(apiSchemas, { id: "Invitation" });

export const invitationListSchema = z.object({ items: z.array(invitationSchema) }).register(apiSchemas, { id: "InvitationList" });

export const assessmentChangeSchema = z
  .looseObject({
    title: z.string().optional(),
    titleCy: z.string().optional(),
    description: z.string().optional(),
    descriptionCy: z.string().optional(),
    awardShare: z.number().int().min(0).max(100).nullable().optional(),
    procurementCategory: z.enum(["goods", "services", "works"]).optional(),
    welshConfirmed: z.boolean().optional().meta({ description: "The Welsh still says the same as the changed English" }),
    version: z.number().int().optional().meta({ description: "The assessment's version as you read it: a change made since by someone else is refused" }),
  })
  .register(apiSchemas, { id: "AssessmentChange", description: "A draft's details: the fields sent replace those there; the others stay" });

export const newCriteriaSchema = z
  .looseObject({
    frameworkCriterionIds: z.array(z.string()).max(100).optional().meta({ description: "Criteria of the assessment's framework version, at any level" }),
    own: z.object({ title: z.string(), question: z.string(), rule: z.enum(["BR1", "BR2", "BR3", "OUTCOME", "OTHER"]) }).optional().meta({ description: "One criterion of your own" }),
    version: z.number().int().optional().meta({ description: "The assessment's version as you read it: a change made since by someone else is refused" }),
  })
  .register(apiSchemas, { id: "NewCriteria" });

export const criterionChangeSchema = z
  .looseObject({
    title: z.object({ en: z.string().optional(), cy: z.string().optional() }).optional(),
    question: z.object({ en: z.string().optional(), cy: z.string().optional() }).optional(),
    guidance: z.object({ en: z.string().optional(), cy: z.string().optional() }).optional(),
    evidence: z.object({ en: z.string().optional(), cy: z.string().optional() }).optional(),
    weight: z.number().int().min(0).max(100).optional(),
    minimumScore: z.number().int().nullable().optional(),
    rule: z.enum(["BR1", "BR2", "BR3", "OUTCOME", "OTHER"]).optional().meta({ description: "Only for one of your own criteria" }),
    welshConfirmed: z.boolean().optional(),
    version: z.number().int().optional(),
  })
  .register(apiSchemas, { id: "CriterionChange", description: "A draft's criterion: what is sent replaces what is there; the rest stays" });

export const newInvitationSchema = z
  .looseObject({ supplierOrganisationId: z.string().optional(), email: z.string().optional() })
  .register(apiSchemas, { id: "NewInvitation", description: "A supplier organisation on the service by its id, or anyone by e-mail (sent a single-use link)" });

export const weightsChangeSchema = z
  .looseObject({
    weights: z.record(z.string(), z.number().int().min(0).max(100)).meta({ description: "Criterion id to whole percentage" }),
    version: z.number().int().optional().meta({ description: "The assessment's version as you read it: a change made since by someone else is refused" }),
  })
  .register(apiSchemas, { id: "WeightsChange" });

export const preparedFileSchema = z
  .object({
    id: z.string(),
    file: z.enum(["results.docx", "results.odt", "results.xlsx"]),
    status: z.enum(["queued", "working", "ready", "failed"]),
    fileName: z.string().nullable(),
    byteSize: z.number().int().nullable(),
    errorReference: z.string().nullable().meta({ description: "Quote it if the file failed and you ask for help" }),
    createdAt: z.string().meta({ format: "date-time" }),
    finishedAt: z.string().meta({ format: "date-time" }).nullable(),
    links: z.object({ self: z.string(), file: z.string().nullable().meta({ description: "Where to fetch the file, once ready" }) }),
  })
  .register(apiSchemas, { id: "PreparedFile" });

export const evidenceProfileSchema = z
  .object({
    version: z.number().int().meta({ description: "0 until first saved" }),
    updatedAt: z.string().meta({ format: "date-time" }).nullable(),
    content: z.record(z.string(), z.unknown()).meta({ description: "The evidence in the rules engine's shape: evidence, carbonReductionPlan, each item with its as-at date" }),
  })
  .register(apiSchemas, { id: "EvidenceProfile" });

export const supplierResponseListSchema = z
  .object({
    items: z.array(
      z.object({
        assessmentId: z.string(),
        reference: z.string(),
        title: bilingual,
        buyer: bilingual,
        responseDeadline: z.string().meta({ format: "date-time" }),
        status: z.enum(["not-started", "in-progress", "submitted", "withdrawn"]),
        submittedAt: z.string().meta({ format: "date-time" }).nullable(),
        answered: z.number().int(),
        questions: z.number().int(),
      }),
    ),
  })
  .register(apiSchemas, { id: "SupplierResponseList" });

export const problemSchema = z
  .object({
    type: z.string().meta({ description: "Stable: /api/v1/problems/<kind>" }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    reference: z.string().optional().meta({ description: "Quote this if you ask for help with an unexpected error" }),
    errors: z.array(z.object({ path: z.string(), detail: z.string() })).optional(),
  })
  .register(apiSchemas, { id: "Problem" });

/**
 * A new assessment as a caller sends it: the fields of the web app's "Create an assessment" form, which checks them
 * (createAssessmentSchema), with numbers as numbers and the deadline as one instant.
 */
export const newAssessmentSchema = z
  .looseObject({
    title: z.string().meta({ description: "At most 200 characters" }),
    titleCy: z.string().optional().meta({ description: "Required when languages includes cy" }),
    reference: z.string().meta({ description: "Your reference, at most 50 characters" }),
    description: z.string().optional(),
    descriptionCy: z.string().optional(),
    nation: z.enum(["england", "wales", "scotland", "northern-ireland"]),
    annualContractValue: z.number().int().min(0).max(inputLimits.annualContractValue).meta({ description: "Pounds a year, including VAT" }),
    carbonReductionPlan: z.enum(["yes", "no"]).optional(),
    responseDeadline: z.string().meta({ format: "date-time", description: "In the future, within two years" }),
    languages: z.enum(["en", "cy", "en+cy"]),
    level: z.enum(["2020", "2025"]).meta({ description: "The framework's level to start from" }),
    scale: z.string().meta({ description: "A scale preset, for example 0-4" }),
    divergenceThreshold: z.number().int().min(0).max(100),
    awardShare: z.number().int().min(0).max(100).optional(),
    procurementCategory: z.enum(["goods", "services", "works"]).optional(),
  })
  .register(apiSchemas, { id: "NewAssessment" });

/** A page size as a query gives it: digits only, 1 to 100. */
const pageSize = (fallback: number) =>
  z
    .string()
    .regex(/^\d{1,3}$/)
    .transform(Number)
    .pipe(z.number().int().min(1).max(100))
    .default(fallback);

/** The query of the assessments list: a page size, the cursor from links.next, and a status to keep to. */
export const assessmentListQuerySchema = z.object({
  limit: pageSize(25),
  cursor: z.string().max(200).optional(),
  status: z.enum(assessmentStatuses).optional(),
  sort: z.enum(["newest", "deadline"]).default("newest"),
});

/** The open-data feed's query: a page size and the cursor from links.next. */
export const openDataQuerySchema = z.object({ limit: pageSize(20), cursor: z.string().max(200).optional() });

export const tokenScopesDescription = `A token's scope: ${apiTokenScopes.join(" or ")} (write includes read)`;
