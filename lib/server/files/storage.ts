import "server-only";
import { createHash, randomUUID } from "node:crypto";
import path from "node:path";
import { diskStore } from "./disk-store";
import { objectStorageSettings, type FileStore } from "./file-store";
import { s3Store } from "./s3-store";

// Uploaded bytes live outside the web root under a random key: in S3-compatible object storage when S3_BUCKET is
// set (a shared service on several machines), otherwise on the local disk in UPLOADS_DIR or data/uploads
// (git-ignored). The name a supplier gave is kept only in the database, with the bytes' SHA-256.

export function uploadsDir(): string {
  // turbopackIgnore: a run-time path; without it Next's output tracing would copy the whole project.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.UPLOADS_DIR ?? path.join("data", "uploads"));
}

/** Whether files are kept in object storage (then backups hold the database only: see the README). */
export function usesObjectStorage(): boolean {
  return objectStorageSettings() !== null;
}

let chosen: FileStore | null = null;
function store(): FileStore {
  if (!chosen) {
    const settings = objectStorageSettings();
    chosen = settings ? s3Store(settings) : diskStore(uploadsDir);
  }
  return chosen;
}

function checkedKey(storageKey: string): string {
  if (!/^[0-9a-f-]{36}$/.test(storageKey)) throw new Error("Invalid storage key");
  return storageKey;
}

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export async function storeBytes(bytes: Uint8Array): Promise<{ storageKey: string; sha256: string }> {
  const storageKey = randomUUID();
  await store().put(storageKey, bytes);
  return { storageKey, sha256: sha256(bytes) };
}

export async function readBytes(storageKey: string): Promise<Buffer> {
  return store().get(checkedKey(storageKey));
}

export async function removeBytes(storageKey: string): Promise<void> {
  await store().remove(checkedKey(storageKey));
}
