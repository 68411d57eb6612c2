import "server-only";
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import type { FileStore, ObjectStorageSettings } from "./file-store";

/**
 * Files in S3-compatible object storage, so that every app instance reads what any of them stored. Objects are
 * written once under a new random key (If-None-Match: *), private to the bucket's own access rules.
 */
export function s3Store(settings: ObjectStorageSettings): FileStore {
  const client = new S3Client({
    region: settings.region,
    endpoint: settings.endpoint,
    forcePathStyle: settings.forcePathStyle,
    credentials: settings.credentials,
    // Checksums only where S3 requires them: several S3-compatible servers refuse the newer trailing checksums.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
  const objectKey = (key: string) => `${settings.prefix}${key.slice(0, 2)}/${key}`;
  return {
    async put(key, bytes) {
      await client.send(new PutObjectCommand({ Bucket: settings.bucket, Key: objectKey(key), Body: bytes, ContentLength: bytes.length, ContentType: "application/octet-stream", IfNoneMatch: "*" }));
    },
    async get(key) {
      const object = await client.send(new GetObjectCommand({ Bucket: settings.bucket, Key: objectKey(key) }));
      if (!object.Body) throw new Error(`Stored file ${key} has no body`);
      return Buffer.from(await object.Body.transformToByteArray());
    },
    async remove(key) {
      await client.send(new DeleteObjectCommand({ Bucket: settings.bucket, Key: objectKey(key) }));
    },
  };
}
