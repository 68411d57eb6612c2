import { z } from "zod";
import { MAX_CONTRACT_YEARS } from "@/lib/domain/contracts/contract-terms";
import { kpiKinds } from "@/lib/domain/contracts/kpi-kinds";

// Contracts after the award: what their actions accept. Messages are keys of the "errors" catalogue namespace.

/** A contract year as an address or a bound argument carries it: a whole number from 1. */
export const contractYear = z.number().int().min(1).max(MAX_CONTRACT_YEARS + 1);
export const contractYearParam = z.coerce.number().pipe(contractYear);
export const kpiKind = z.enum(kpiKinds);

export const kpiReviewFields = ["outcome", "status", "reason"] as const;

export const kpiReviewSchema = z.object({
  outcome: z.enum(["agreed", "queried"], { error: "kpiReviewOutcome.required" }),
  status: z.enum(["on-track", "off-track"], { error: "kpiReviewStatus.required" }),
  reason: z.string().trim().min(1, "kpiReviewReason.required").max(2000, "kpiReviewReason.tooLong"),
});

/** The organisation report's year, from the address: anything odd means the current year. */
export const reportYearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2200).optional().catch(undefined) });

export const kpiReplyFields = ["reply"] as const;
export const kpiReplySchema = z.object({ reply: z.string().trim().min(1, "kpiReply.required").max(2000, "kpiReply.tooLong") });
