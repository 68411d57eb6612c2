// Which files a supplier may upload with a response. The type is decided from the content, never the name.

export const maxUploadBytes = 20 * 1024 * 1024;

export const allowedUploadTypes: Readonly<Record<string, string>> = {
  "application/pdf": "pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/vnd.oasis.opendocument.text": "odt",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
  "application/vnd.oasis.opendocument.spreadsheet": "ods",
  "image/png": "png",
  "image/jpeg": "jpg",
};

export type UploadRefusal = "file.empty" | "file.tooLarge" | "file.wrongType";

/** Why an upload is refused (a message key under "errors"), or null; `detectedType` is from the file's bytes. */
export function checkUpload(upload: { size: number; detectedType: string | null }): UploadRefusal | null {
  if (upload.size === 0) return "file.empty";
  if (upload.size > maxUploadBytes) return "file.tooLarge";
  if (!upload.detectedType || !(upload.detectedType in allowedUploadTypes)) return "file.wrongType";
  return null;
}

/** A file name safe to store and send back: no folders, no control characters, at most 200 characters. */
export function safeFileName(name: string, detectedType: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base.replace(/[\u0000-\u001f\u007f"]/g, "").trim().slice(0, 200);
  return cleaned || `evidence.${allowedUploadTypes[detectedType] ?? "bin"}`;
}
