import { downloadResponse, fileNotFound } from "@/lib/http/download";
import { contractYearParam } from "@/lib/schemas/contracts";
import { recordId } from "@/lib/schemas/ids";
import { requireActor } from "@/lib/server/auth/actor";
import { contractReaders } from "@/lib/server/contracts/access";
import { readReportFile } from "@/lib/server/contracts/report-files";

// A contract report's evidence file, as an attachment: the supplier's own, or the buyer's once submitted; else 404.
export async function GET(_request: Request, { params }: { params: Promise<{ contractId: string; year: string; fileId: string }> }) {
  const actor = await requireActor({ roles: contractReaders });
  const { contractId, year, fileId } = await params;
  const parsedYear = contractYearParam.safeParse(year);
  if (!recordId.safeParse(contractId).success || !recordId.safeParse(fileId).success || !parsedYear.success) return fileNotFound();
  const file = await readReportFile(actor, contractId, parsedYear.data, fileId);
  return file ? downloadResponse(file.bytes, file.fileName, file.mediaType) : fileNotFound();
}
