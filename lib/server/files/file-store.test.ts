import { describe, expect, it } from "vitest";
import { objectStorageSettings } from "./file-store";

describe("objectStorageSettings", () => {
  it("keeps files on the local disk unless a bucket is named", () => {
    expect(objectStorageSettings({})).toBeNull();
    expect(objectStorageSettings({ S3_BUCKET: "  ", S3_ENDPOINT: "http://127.0.0.1:9000" })).toBeNull();
  });

  it("uses AWS S3 in London by default, with the SDK's own credentials", () => {
    expect(objectStorageSettings({ S3_BUCKET: "supplier-files" })).toEqual({ bucket: "supplier-files", endpoint: undefined, region: "eu-west-2", prefix: "", forcePathStyle: false, credentials: undefined });
  });

  it("addresses an S3-compatible server by path, with the keys given", () => {
    expect(objectStorageSettings({ S3_BUCKET: "files", S3_ENDPOINT: "https://objects.example", S3_ACCESS_KEY_ID: "id", S3_SECRET_ACCESS_KEY: "secret", S3_PREFIX: "uploads/" })).toEqual({
      bucket: "files",
      endpoint: "https://objects.example",
      region: "eu-west-2",
      prefix: "uploads/",
      forcePathStyle: true,
      credentials: { accessKeyId: "id", secretAccessKey: "secret" },
    });
    expect(objectStorageSettings({ S3_BUCKET: "files", S3_ENDPOINT: "https://objects.example", S3_FORCE_PATH_STYLE: "false" })?.forcePathStyle).toBe(false);
  });
});
