import "server-only";
import { fileTypeFromBuffer } from "file-type";
import { storedFileName } from "@/lib/domain/responses/file-name";
import { checkUpload, maxUploadBytes, type UploadRefusal } from "@/lib/domain/responses/upload-rules";

export type InspectedUpload = { fileName: string; mediaType: string; bytes: Uint8Array };

/**
 * A file from a form, judged by its content: the type comes from its bytes (file-type), never from its name or the
 * type the browser claimed, and so does the extension of the name it is stored under. Null when no file was chosen.
 */
export async function inspectUpload(file: FormDataEntryValue | null): Promise<{ upload: InspectedUpload } | { refusal: UploadRefusal } | null> {
  // An empty file input arrives as an empty part, named "" (or "blob" once re-encoded): no file chosen.
  if (!file || typeof file === "string" || (file.size === 0 && !/\.\w+$/.test(file.name))) return null;
  if (file.size > maxUploadBytes) return { refusal: "file.tooLarge" };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const detected = bytes.length > 0 ? await fileTypeFromBuffer(bytes) : undefined;
  const refusal = checkUpload({ size: bytes.length, detectedType: detected?.mime ?? null });
  if (refusal) return { refusal };
  return { upload: { fileName: storedFileName(file.name, detected!.mime), mediaType: detected!.mime, bytes } };
}
