import "server-only";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { FileStore } from "./file-store";

/** Files on the local disk, outside the web root, in a folder per the key's first two characters. */
export function diskStore(directory: () => string): FileStore {
  const fileOf = (key: string) => path.join(directory(), key.slice(0, 2), key);
  return {
    async put(key, bytes) {
      const file = fileOf(key);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, bytes, { flag: "wx", mode: 0o600 });
    },
    get: (key) => readFile(fileOf(key)),
    remove: (key) => rm(fileOf(key), { force: true }),
  };
}
