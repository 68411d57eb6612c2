import { z } from "zod";
import { downloadResponse, fileNotFound } from "@/lib/http/download";
import { requireActor } from "@/lib/server/auth/actor";
import { contractReaders } from "@/lib/server/contracts/access";
import { organisationReportFile, organisationReportFormats } from "@/lib/server/contracts/organisation-report-file";

const params = z.object({ year: z.coerce.number().int().min(2000).max(2200), format: z.enum(organisationReportFormats) });

// The organisation report's downloads: the organisation's own people only; anything else answers 404.
export async function GET(_request: Request, context: { params: Promise<{ year: string; format: string }> }) {
  const actor = await requireActor({ roles: contractReaders });
  const parsed = params.safeParse(await context.params);
  if (!parsed.success) return fileNotFound();
  const file = await organisationReportFile(actor, parsed.data.year, parsed.data.format);
  return file ? downloadResponse(file.body, file.fileName, file.mediaType) : fileNotFound();
}
