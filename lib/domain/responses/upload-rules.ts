// Which files a supplier may upload with a response, and how many. The type is decided from the content, never the
// name; the name a supplier gave is kept only once made safe (file-name.ts).

const MiB = 1024 * 1024;

/** One file: the GOV.UK message says "smaller than 20MB". */
export const maxUploadBytes = 20 * MiB;

/**
 * One response, all its files together. 50 files of 200MB in all hold a full tender's evidence (a plan, policies,
 * certificates and data sheets per criterion) many times over, while one supplier cannot fill the server's disk.
 * Checked in the same transaction that adds a file, so two uploads at once cannot pass the limit together.
 */
export const maxFilesPerResponse = 50;
export const maxResponseFileBytes = 200 * MiB;

/**
 * The largest request body a server action reads; next.config.js sets `serverActions.bodySizeLimit` to the same and
 * `proxyClientMaxBodySize` 1MB more, so that a chunked post the proxy measures is seen to pass it (a unit test
 * checks). The largest acceptable request is one file of
 * maxUploadBytes with a typed answer of at most 20,000 characters (~20.1MB); twice the file limit means that a file
 * somewhat too large still reaches the action, which answers with a form error and keeps the typed text. A larger
 * request is turned away by proxy.ts before it is read, onto a page that says nothing was saved.
 */
export const maxActionRequestBytes = 2 * maxUploadBytes;

export const allowedUploadTypes: Readonly<Record<string, string>> = {
  "application/pdf": "pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/vnd.oasis.opendocument.text": "odt",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
  "application/vnd.oasis.opendocument.spreadsheet": "ods",
  "image/png": "png",
  "image/jpeg": "jpg",
};

/** Other extensions a type is known by, kept when the supplier's file already has one of them. */
export const otherUploadExtensions: Readonly<Record<string, readonly string[]>> = { "image/jpeg": ["jpeg"] };

export type UploadRefusal = "file.empty" | "file.tooLarge" | "file.wrongType";
export type ResponseFilesRefusal = "file.tooManyForResponse" | "file.responseTooLarge";

/** Why an upload is refused (a message key under "errors"), or null; `detectedType` is from the file's bytes. */
export function checkUpload(upload: { size: number; detectedType: string | null }): UploadRefusal | null {
  if (upload.size === 0) return "file.empty";
  if (upload.size > maxUploadBytes) return "file.tooLarge";
  if (!upload.detectedType || !(upload.detectedType in allowedUploadTypes)) return "file.wrongType";
  return null;
}

/** Why one more file of `size` bytes would take a response over its limits, or null when it fits. */
export function checkResponseFiles(existing: { count: number; bytes: number }, size: number): ResponseFilesRefusal | null {
  if (existing.count + 1 > maxFilesPerResponse) return "file.tooManyForResponse";
  if (existing.bytes + size > maxResponseFileBytes) return "file.responseTooLarge";
  return null;
}

/** Whether a request body of this many bytes is more than a server action reads (then nothing in it is read). */
export function isOverActionLimit(contentLength: number): boolean {
  return contentLength > maxActionRequestBytes;
}
