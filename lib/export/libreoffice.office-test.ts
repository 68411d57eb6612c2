import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resultsDocx, supplierSummaryDocx, tenderCriteriaDocx } from "./docx/documents";
import { manySuppliersFixture, resultsFixture, tenderCriteriaFixture } from "./fixtures";
import { resultsOdt, supplierSummaryOdt, tenderCriteriaOdt } from "./odt/documents";
import { squash } from "./testing/read-back";
import { resultsXlsx, tenderCriteriaXlsx } from "./xlsx/documents";

/**
 * An independent reader: LibreOffice opens every office file the exports write and prints it to PDF, and
 * pdftotext reads the words back. Run with `node scripts/test-office.mjs` (it installs LibreOffice on Debian).
 */

const run = promisify(execFile);

const files: Record<string, () => Promise<Uint8Array> | Uint8Array> = {
  "tender-criteria-docx.docx": () => tenderCriteriaDocx(tenderCriteriaFixture),
  "tender-criteria-odt.odt": () => tenderCriteriaOdt(tenderCriteriaFixture),
  "tender-criteria-xlsx.xlsx": () => tenderCriteriaXlsx(tenderCriteriaFixture),
  "results-docx.docx": () => resultsDocx(resultsFixture),
  "results-odt.odt": () => resultsOdt(resultsFixture),
  "results-xlsx.xlsx": () => resultsXlsx(resultsFixture),
  "summary-docx.docx": () => supplierSummaryDocx(resultsFixture, "sup-severn"),
  "summary-odt.odt": () => supplierSummaryOdt(resultsFixture, "sup-severn"),
  "results-300-docx.docx": () => resultsDocx(manySuppliersFixture(300)),
  "results-300-odt.odt": () => resultsOdt(manySuppliersFixture(300)),
};

/** The pages' text, split where pdftotext puts a form feed. */
const pages = new Map<string, string[]>();

let dir = "";
const text = new Map<string, string>();

beforeAll(async () => {
  for (const tool of ["soffice", "pdftotext"]) {
    await run("which", [tool]).catch(() => {
      throw new Error(`${tool} is not installed: run node scripts/test-office.mjs, which installs LibreOffice and poppler-utils.`);
    });
  }
  dir = await mkdtemp(path.join(tmpdir(), "export-office-"));
  const names = Object.keys(files);
  for (const name of names) await writeFile(path.join(dir, name), await files[name]());

  // A profile of its own, so runs side by side do not share (and lock) one LibreOffice profile.
  const profile = pathToFileURL(path.join(dir, "profile")).href;
  const started = Date.now();
  await run("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", path.join(dir, "pdf"), ...names.map((n) => path.join(dir, n))], {
    timeout: 240_000,
  });
  console.info(`LibreOffice converted ${names.length} files to PDF in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  for (const name of names) {
    const pdf = path.join(dir, "pdf", name.replace(/\.\w+$/, ".pdf"));
    if (!existsSync(pdf)) continue;
    const { stdout } = await run("pdftotext", ["-enc", "UTF-8", pdf, "-"], { maxBuffer: 16 * 1024 * 1024 });
    text.set(name, squash(stdout));
    pages.set(name, stdout.split("\f").slice(0, -1));
  }
}, 300_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

function pdfText(name: string): string {
  const found = text.get(name);
  if (found === undefined) throw new Error(`LibreOffice did not convert ${name} to PDF`);
  return found;
}

describe.each(["tender-criteria-docx.docx", "tender-criteria-odt.odt", "tender-criteria-xlsx.xlsx"])("LibreOffice reads %s", (name) => {
  it("with the criteria in English and in Welsh, ŵ and ŷ intact", () => {
    const pdf = pdfText(name);
    expect(pdf).toContain("Energy and water use of the hosting data centres");
    expect(pdf).toContain("Defnydd ynni a dŵr y canolfannau data");
    expect(pdf).toContain("nwyon tŷ gwydr");
    expect(pdf).toContain("Commitment to science-based net-zero targets");
    expect(pdf).toContain("Will all council data be stored and processed in the UK?");
    expect(pdf).toContain("12 Mehefin 2026");
  });
});

describe.each(["results-docx.docx", "results-odt.odt", "results-xlsx.xlsx"])("LibreOffice reads %s", (name) => {
  it("with the ranking, the exclusions and the criteria in both languages", () => {
    const pdf = pdfText(name);
    expect(pdf).toContain("Cwmwl Glân Cyf.");
    expect(pdf).toContain("Gwasanaethau Data Môn Cyf.");
    expect(pdf).toContain("83.75");
    expect(pdf).toContain("Blue Horizon Cloud plc");
    expect(pdf).toContain("Defnydd ynni a dŵr y canolfannau data");
    expect(pdf).toContain("Energy and water use of the hosting data centres");
  });
});

describe.each(["summary-docx.docx", "summary-odt.odt"])("LibreOffice reads %s", (name) => {
  it("with the supplier's own summary in the evaluators' words and the most advantageous tender's, and no other supplier", () => {
    const pdf = pdfText(name);
    expect(pdf).toContain("Severn Data Services Ltd");
    expect(pdf).toContain("Sgoriodd y tendr mwyaf manteisiol, gan Cwmwl Glân Cyf., 83.75 allan o 100.");
    expect(pdf).toContain("Strategies exist but adaptation is not yet costed");
    expect(pdf).toContain("rheoliad 32 o Reoliadau Caffael (Cymru) 2024");
    expect(pdf).not.toContain("Gwasanaethau Data Môn");
  });
});

describe.each(["results-300-docx.docx", "results-300-odt.odt"])("LibreOffice reads %s, the results of 300 tenders", (name) => {
  it("with one row per tender on numbered portrait pages, every name whole on one line", () => {
    const printed = pages.get(name) ?? [];
    // 300 rows in the ranking and 300 in the scores, about 40 a page: a few pages each, not one column per tender.
    expect(printed.length).toBeGreaterThan(10);
    expect(printed.length).toBeLessThan(30);
    printed.forEach((page, index) => expect(squash(page)).toContain(`Page ${index + 1} of ${printed.length}`));
    const lines = printed.join("\n").split("\n");
    for (const n of [1, 150, 300]) expect(lines.filter((line) => line.includes(`Cyflenwr Cwmwl ${n} Cyf.`))).toHaveLength(2);
  });
});
