import "server-only";
import { createHash, type Hash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { type FileHandle, mkdir, open, stat } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";

// A gzipped POSIX ustar archive (`tar -tzf` lists it), written and read as a stream so a large database dump or
// many uploads never sit in memory. Only what a backup needs: regular files, names up to 255 bytes.

const BLOCK = 512;

export type TarSource = { name: string; file: string } | { name: string; bytes: Uint8Array };
export type TarPart = { path: string; bytes: number; sha256: string };

function octal(value: number, width: number): string {
  return `${value.toString(8).padStart(width - 1, "0")}\0`;
}

function splitName(name: string): { prefix: string; base: string } {
  if (Buffer.byteLength(name) <= 100) return { prefix: "", base: name };
  for (let cut = name.indexOf("/"); cut !== -1; cut = name.indexOf("/", cut + 1)) {
    const prefix = name.slice(0, cut);
    const base = name.slice(cut + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(base) <= 100) return { prefix, base };
  }
  throw new Error(`Name too long for a tar archive: ${name}`);
}

function header(name: string, size: number, mtime: Date): Buffer {
  const block = Buffer.alloc(BLOCK);
  const { prefix, base } = splitName(name);
  block.write(base, 0, 100, "utf8");
  block.write(octal(0o600, 8), 100);
  block.write(octal(0, 8), 108);
  block.write(octal(0, 8), 116);
  block.write(octal(size, 12), 124);
  block.write(octal(Math.floor(mtime.getTime() / 1000), 12), 136);
  block.fill(" ", 148, 156);
  block.write("0", 156);
  block.write("ustar\0", 257);
  block.write("00", 263);
  block.write(prefix, 345, 155, "utf8");
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148);
  return block;
}

const padding = (size: number) => Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);

/**
 * Writes the sources, in order, into a .tar.gz. `last` is called after them and may add entries that depend on them
 * (the manifest with every part's hash). Returns each part's size and SHA-256, as written.
 */
export async function writeTarGz(
  archive: string,
  sources: AsyncIterable<TarSource> | Iterable<TarSource>,
  last: (parts: TarPart[]) => TarSource[] = () => [],
): Promise<TarPart[]> {
  const parts: TarPart[] = [];
  const mtime = new Date();
  async function* blocks() {
    const write = async function* (source: TarSource) {
      const hash = createHash("sha256");
      if ("bytes" in source) {
        yield header(source.name, source.bytes.length, mtime);
        hash.update(source.bytes);
        yield Buffer.from(source.bytes);
        yield padding(source.bytes.length);
        parts.push({ path: source.name, bytes: source.bytes.length, sha256: hash.digest("hex") });
        return;
      }
      const { size } = await stat(source.file);
      yield header(source.name, size, mtime);
      let written = 0;
      const chunks = size === 0 ? [] : createReadStream(source.file, { highWaterMark: 1 << 20, end: size - 1 });
      for await (const chunk of chunks) {
        const take = (chunk as Buffer).subarray(0, size - written);
        hash.update(take);
        written += take.length;
        yield take;
      }
      // A file that shrank while it was read would corrupt the archive; one that grew is cut at the size announced.
      if (written !== size) throw new Error(`${source.file} changed while it was archived`);
      yield padding(size);
      parts.push({ path: source.name, bytes: size, sha256: hash.digest("hex") });
    };
    for await (const source of sources) yield* write(source);
    for (const source of last(parts)) yield* write(source);
    yield Buffer.alloc(BLOCK * 2);
  }
  await mkdir(path.dirname(archive), { recursive: true });
  await pipeline(blocks, createGzip(), createWriteStream(archive, { flags: "wx", mode: 0o600 }));
  return parts;
}

function readString(block: Buffer, start: number, length: number): string {
  const field = block.subarray(start, start + length);
  const end = field.indexOf(0);
  return field.subarray(0, end === -1 ? length : end).toString("utf8");
}

function checkName(name: string): string {
  const normal = path.posix.normalize(name);
  if (!name || path.posix.isAbsolute(name) || normal.startsWith("../") || normal === ".." || normal !== name) {
    throw new Error(`Unsafe name in archive: ${name}`);
  }
  return name;
}

type Entry = { name: string; size: number; remaining: number; handle: FileHandle; hash: Hash };

/** Extracts a .tar.gz written by writeTarGz into a folder; returns each file's size and SHA-256 as extracted. */
export async function extractTarGz(archive: string, into: string): Promise<TarPart[]> {
  const parts: TarPart[] = [];
  const state: { pending: Buffer; entry: Entry | null; skip: number; ended: boolean } = { pending: Buffer.alloc(0), entry: null, skip: 0, ended: false };

  async function finish(entry: Entry) {
    await entry.handle.close();
    parts.push({ path: entry.name, bytes: entry.size, sha256: entry.hash.digest("hex") });
    state.skip = padding(entry.size).length;
    state.entry = null;
  }

  /** Consumes as much of the pending bytes as it can; false when it needs more. */
  async function step(): Promise<boolean> {
    const { entry } = state;
    if (entry) {
      if (state.pending.length === 0) return false;
      const take = state.pending.subarray(0, entry.remaining);
      await entry.handle.write(take);
      entry.hash.update(take);
      entry.remaining -= take.length;
      state.pending = state.pending.subarray(take.length);
      if (entry.remaining === 0) await finish(entry);
      return true;
    }
    if (state.skip > 0) {
      const dropped = Math.min(state.skip, state.pending.length);
      state.pending = state.pending.subarray(dropped);
      state.skip -= dropped;
      if (state.skip > 0) return false;
    }
    if (state.pending.length < BLOCK) return false;
    const block = state.pending.subarray(0, BLOCK);
    state.pending = state.pending.subarray(BLOCK);
    if (block.every((byte) => byte === 0)) {
      state.ended = true;
      return false;
    }
    if (readString(block, 257, 6) !== "ustar") throw new Error("Not a backup archive (no ustar header)");
    const type = readString(block, 156, 1) || "0";
    const size = parseInt(readString(block, 124, 12).trim() || "0", 8);
    const prefix = readString(block, 345, 155);
    const name = checkName(prefix ? `${prefix}/${readString(block, 0, 100)}` : readString(block, 0, 100));
    if (type !== "0") throw new Error(`Unexpected entry type ${type} in archive: ${name}`);
    const file = path.join(into, name);
    await mkdir(path.dirname(file), { recursive: true });
    const opened: Entry = { name, size, remaining: size, handle: await open(file, "wx", 0o600), hash: createHash("sha256") };
    state.entry = opened;
    if (size === 0) await finish(opened);
    return true;
  }

  // Not pipeline(): it would report a refusal thrown here as a bare "operation was aborted".
  const input = createReadStream(archive);
  const gunzip = createGunzip();
  input.on("error", (error) => gunzip.destroy(error));
  try {
    for await (const chunk of input.pipe(gunzip) as AsyncIterable<Buffer>) {
      state.pending = state.pending.length ? Buffer.concat([state.pending, chunk]) : chunk;
      while (!state.ended && (await step()));
      if (state.ended) break;
    }
  } finally {
    input.destroy();
    gunzip.destroy();
    await state.entry?.handle.close();
  }
  if (!state.ended) throw new Error("The archive is incomplete (cut short?)");
  return parts;
}
