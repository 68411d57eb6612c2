import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

// Uploaded bytes live outside the web root, in UPLOADS_DIR or data/uploads (git-ignored), under a random key:
// the name a supplier gave is kept only in the database.

export function uploadsDir(): string {
  // turbopackIgnore: a run-time path; without it Next's output tracing would copy the whole project.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.UPLOADS_DIR ?? path.join("data", "uploads"));
}

function fileOf(storageKey: string): string {
  if (!/^[0-9a-f-]{36}$/.test(storageKey)) throw new Error("Invalid storage key");
  return path.join(uploadsDir(), storageKey.slice(0, 2), storageKey);
}

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export async function storeBytes(bytes: Uint8Array): Promise<{ storageKey: string; sha256: string }> {
  const storageKey = randomUUID();
  const file = fileOf(storageKey);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, bytes, { flag: "wx", mode: 0o600 });
  return { storageKey, sha256: sha256(bytes) };
}

export async function readBytes(storageKey: string): Promise<Buffer> {
  return readFile(fileOf(storageKey));
}

export async function removeBytes(storageKey: string): Promise<void> {
  await rm(fileOf(storageKey), { force: true });
}
