import "server-only";
import type { PreparedFileView } from "@/lib/server/prepared-files/get-prepared-file";

/** A results document being prepared, as the API shows it: where it has got to, and where to fetch it when ready. */
export function preparedFileBody(view: PreparedFileView, self: string) {
  return {
    id: view.id,
    file: view.file,
    status: view.status,
    fileName: view.fileName,
    byteSize: view.byteSize,
    errorReference: view.errorReference,
    createdAt: view.createdAt.toISOString(),
    finishedAt: view.finishedAt?.toISOString() ?? null,
    links: { self, file: view.status === "ready" ? `${self}/file` : null },
  };
}

/** A job that is not this token's (another person's, another organisation's, or none): the same answer either way. */
export const jobNotFound = { problem: "not-found", detail: { en: "There is no such job of this token's.", cy: "Nid oes tasg o’r fath gan y tocyn hwn." } } as const;
