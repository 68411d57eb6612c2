import "server-only";

/** Where uploaded bytes are kept: by a random key, never by the name a supplier gave (that is in the database). */
export interface FileStore {
  put(key: string, bytes: Uint8Array): Promise<void>;
  get(key: string): Promise<Buffer>;
  remove(key: string): Promise<void>;
}

/** The object storage named by the environment, or null for the local disk. */
export type ObjectStorageSettings = { bucket: string; endpoint?: string; region: string; prefix: string; forcePathStyle: boolean; credentials?: { accessKeyId: string; secretAccessKey: string } };

export function objectStorageSettings(env: Record<string, string | undefined> = process.env): ObjectStorageSettings | null {
  const bucket = env.S3_BUCKET?.trim();
  if (!bucket) return null;
  const endpoint = env.S3_ENDPOINT?.trim() || undefined;
  const accessKeyId = env.S3_ACCESS_KEY_ID?.trim();
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY?.trim();
  return {
    bucket,
    endpoint,
    region: env.S3_REGION?.trim() || "eu-west-2",
    prefix: env.S3_PREFIX?.trim() ?? "",
    // S3-compatible servers at their own address usually want bucket/key paths rather than bucket host names.
    forcePathStyle: env.S3_FORCE_PATH_STYLE ? env.S3_FORCE_PATH_STYLE === "true" : Boolean(endpoint),
    // Without keys, the AWS SDK's own chain (instance role, AWS_* variables, profile) is used.
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
  };
}
