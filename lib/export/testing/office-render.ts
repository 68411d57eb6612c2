import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

/**
 * LibreOffice as an independent reader for the office tests: it prints each file to PDF, pdftotext reads the words
 * back page by page and pdftoppm draws each page as a PNG for a person to look at.
 */

const run = promisify(execFile);

export type Rendered = {
  /** The words of each page, as pdftotext reads them (lines kept, so a word broken across lines shows). */
  pages: string[];
  /** The PNG of each page. */
  images: string[];
};

export async function requireOfficeTools(): Promise<void> {
  for (const tool of ["soffice", "pdftotext", "pdftoppm"]) {
    await run("which", [tool]).catch(() => {
      throw new Error(`${tool} is not installed: run npm run test:office, which installs LibreOffice and poppler-utils.`);
    });
  }
}

/**
 * Writes the files to `dir`, prints them all to PDF in one LibreOffice run (a profile of its own, so runs side by
 * side do not lock one another), and reads each back. PNGs go to `imagesDir/<file name without extension>/`.
 */
export async function renderWithLibreOffice(
  files: Record<string, Uint8Array>,
  dir: string,
  imagesDir: string,
  options: { resolution?: number } = {},
): Promise<Map<string, Rendered>> {
  const names = Object.keys(files);
  for (const name of names) await writeFile(path.join(dir, name), files[name]);
  const profile = pathToFileURL(path.join(dir, "profile")).href;
  const pdfDir = path.join(dir, "pdf");
  const started = Date.now();
  await run("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", pdfDir, ...names.map((n) => path.join(dir, n))], {
    timeout: 240_000,
  });
  console.info(`LibreOffice printed ${names.length} files to PDF in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const rendered = new Map<string, Rendered>();
  for (const name of names) {
    const base = name.replace(/\.\w+$/, "");
    const pdf = path.join(pdfDir, `${base}.pdf`);
    if (!existsSync(pdf)) continue;
    const { stdout } = await run("pdftotext", ["-enc", "UTF-8", pdf, "-"], { maxBuffer: 64 * 1024 * 1024 });
    // pdftotext ends each page with a form feed.
    const pages = stdout.split("\f").slice(0, -1);
    const out = path.join(imagesDir, base);
    await rm(out, { recursive: true, force: true });
    await mkdir(out, { recursive: true });
    await run("pdftoppm", ["-r", String(options.resolution ?? 60), "-png", pdf, path.join(out, "page")]);
    const images = (await readdir(out)).filter((f) => f.endsWith(".png")).sort().map((f) => path.join(out, f));
    rendered.set(name, { pages, images });
  }
  return rendered;
}

/**
 * Words broken inside across two lines, such as "Pwysolia" / "d": a line that ends with the first part of a known
 * word and the next line starts with the rest. A break after a hyphen or a slash is allowed.
 */
export function brokenWords(pageText: string, vocabulary: ReadonlySet<string>): string[] {
  const lines = pageText.split("\n").map((line) => line.trim()).filter(Boolean);
  const broken: string[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const last = lines[i].split(/\s+/).pop() ?? "";
    const first = lines[i + 1].split(/\s+/)[0] ?? "";
    if (/[-/‐–]$/.test(last)) continue;
    const joined = bare(last + first);
    if (joined.length >= 4 && vocabulary.has(joined) && !vocabulary.has(bare(last))) broken.push(`${last}|${first}`);
  }
  return broken;
}

/** The words of some texts, without the punctuation around them, for `brokenWords`. */
export function vocabularyOf(texts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const text of texts) for (const word of text.split(/\s+/)) if (bare(word).length >= 4) words.add(bare(word));
  return words;
}

function bare(word: string): string {
  return word.replace(/^[("“‘'[]+|[)"”’'\].,;:!?]+$/g, "");
}
