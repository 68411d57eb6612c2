import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/auth/actor";
import { useTestDatabase } from "@/lib/testing/use-test-database";
import { labels, ruleNames } from "./labels";
import { brokenWords, renderWithLibreOffice, requireOfficeTools, vocabularyOf, type Rendered } from "./testing/office-render";
import { parseCsv } from "./testing/read-back";

/**
 * The seeded example (CCC-2026-014, Caerwen County Council) downloaded as an officer downloads it, in each of its
 * languages, every criteria and results file: LibreOffice prints each DOCX, ODT and XLSX, and the words are read
 * back from the PDF. The pages are kept as PNGs under test-results/documents/ for a person to look at.
 */

const IMAGES = path.resolve(__dirname, "../../test-results/documents");
const AFTER_DEADLINE = new Date("2026-11-20T10:00:00Z");
const variants = { bilingual: "en+cy", welsh: "cy", english: "en" } as const;
type Variant = keyof typeof variants;
const documents = ["tender-criteria.docx", "tender-criteria.odt", "tender-criteria.xlsx", "results.docx", "results.odt", "results.xlsx"] as const;

const holder = useTestDatabase();
let dir = "";
const rendered = new Map<string, Rendered>();
const csv = new Map<string, string[][]>();
/** Every id the database knows, none of which a reader of the documents should see. */
const ids = new Set<string>();
const words = new Set<string>();
let totals: number[] = [];

const fileName = (variant: Variant, file: string) => `${variant}-${file.replace(".", "-")}.${file.split(".").pop()}`;

beforeAll(async () => {
  await requireOfficeTools();
  const { seedDemo } = await import("@/prisma/seed");
  const { exportAssessmentFile } = await import("@/lib/server/assessments/export-assessment");
  const { getResults } = await import("@/lib/server/assessments/get-results");
  const db = holder.db;
  await seedDemo(db);
  const assessment = await db.assessment.findFirstOrThrow({ where: { reference: "CCC-2026-014" } });
  const actor = await officer(db, "officer@caerwen.example");

  for (const table of [db.organisation, db.user, db.assessment] as { findMany(): Promise<{ id: string }[]> }[]) for (const row of await table.findMany()) ids.add(row.id);
  for (const criterion of await db.assessmentCriterion.findMany({ where: { assessmentId: assessment.id } })) {
    ids.add(criterion.id);
    if (criterion.frameworkCriterionId) ids.add(criterion.frameworkCriterionId);
  }
  ids.add(assessment.frameworkId);

  const results = await getResults(actor, assessment.id, AFTER_DEADLINE);
  if (results.kind !== "results") throw new Error(`the seeded example has no results: ${results.kind}`);
  totals = results.outcome.result.ranking.map((row) => row.total);
  for (const supplier of results.outcome.result.suppliers) for (const subtotal of supplier.ruleSubtotals) totals.push(subtotal.points);

  const files: Record<string, Uint8Array> = {};
  for (const [variant, languages] of Object.entries(variants) as [Variant, string][]) {
    await db.assessment.update({ where: { id: assessment.id }, data: { languages } });
    for (const file of documents) {
      const exported = await exportAssessmentFile(actor, assessment.id, file, AFTER_DEADLINE);
      if (!exported) throw new Error(`no ${file} for the seeded example`);
      files[fileName(variant, file)] = exported.body as Uint8Array;
    }
    for (const file of ["tender-criteria.csv", "results.csv"]) {
      const exported = await exportAssessmentFile(actor, assessment.id, file, AFTER_DEADLINE);
      csv.set(`${variant}-${file}`, parseCsv(String(exported?.body).replace(/^\uFEFF/, "")));
    }
  }
  const view = await db.assessmentCriterion.findMany({ where: { assessmentId: assessment.id } });
  const supplierNames = (await db.organisation.findMany({ where: { kind: "supplier" } })).flatMap((o) => [o.nameEn, o.nameCy ?? ""]);
  for (const word of vocabularyOf([
    ...Object.values(labels).flatMap((l) => [l.en, l.cy]),
    ...Object.values(ruleNames).flatMap((l) => [l.en, l.cy]),
    ...view.flatMap((c) => [c.titleEn, c.titleCy ?? "", c.questionEn, c.questionCy ?? ""]),
    ...supplierNames,
  ]))
    words.add(word);

  dir = await mkdtemp(path.join(tmpdir(), "seeded-office-"));
  for (const [name, value] of await renderWithLibreOffice(files, dir, IMAGES)) rendered.set(name, value);
}, 300_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function officer(db: typeof holder.db, email: string): Promise<Actor> {
  const user = await db.user.findFirstOrThrow({ where: { email }, include: { memberships: { include: { organisation: true } } } });
  const { organisation, role } = user.memberships[0];
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    preferredLanguage: "en",
    organisationId: organisation.id,
    organisationKind: "buyer",
    organisationNameEn: organisation.nameEn,
    organisationNameCy: organisation.nameCy,
    nation: "wales",
    role,
  } as Actor;
}

function pdf(name: string): Rendered {
  const found = rendered.get(name);
  if (!found) throw new Error(`LibreOffice did not print ${name}`);
  return found;
}

const squash = (text: string) => text.replace(/\s+/g, " ");
const internalIdPattern = /\bbr\d\.\d{4}\.[a-z-]+|\bc[a-z0-9]{24}\b|greening-government-ict|carbon-reduction-plan|outcome\.[a-z-]+/;

const cases = (Object.keys(variants) as Variant[]).flatMap((variant) => documents.map((file) => ({ variant, file, name: fileName(variant, file) })));

describe.each(cases)("the seeded example's $file, $variant, printed by LibreOffice", ({ variant, file, name }) => {
  it("shows no internal id: criteria and suppliers by their names", () => {
    const text = pdf(name).pages.join("\n");
    expect(squash(text)).not.toMatch(internalIdPattern);
    const joined = text.replace(/\s+/g, "");
    expect([...ids].filter((id) => joined.includes(id))).toEqual([]);
    expect(text).toContain(variant === "welsh" ? "Cyngor Sir Caerwen" : "Caerwen County Council");
  });

  it("says which share of the total award the tender criteria carry", () => {
    if (!name.includes("tender-criteria")) return;
    const whole = squash(pdf(name).pages.join("\n"));
    if (variant !== "welsh") expect(whole).toContain("These criteria carry 15% of the total award");
    if (variant !== "english") expect(whole).toContain("Mae’r meini prawf hyn yn cario 15% o’r dyfarniad cyfan");
  });

  it("breaks no word inside across lines, and keeps the Weight heading whole", () => {
    const { pages } = pdf(name);
    expect(pages.flatMap((page) => brokenWords(page, words))).toEqual([]);
    // The results spreadsheet gives each criterion's weight in its column's heading instead: "… (17%)".
    if (name.endsWith("results-xlsx.xlsx")) return;
    const whole = squash(pages.join("\n"));
    if (variant !== "english") expect(whole).toContain("Pwysoliad");
    if (variant !== "welsh") expect(whole).toContain("Weight");
  });

  it("numbers every page and heads it with the reference", () => {
    const { pages, images } = pdf(name);
    expect(images).toHaveLength(pages.length);
    pages.forEach((page, index) => {
      const text = squash(page);
      if (variant !== "welsh") expect(text, `page ${index + 1}`).toContain(`Page ${index + 1} of ${pages.length}`);
      if (variant !== "english") expect(text, `page ${index + 1}`).toContain(`Tudalen ${index + 1} o ${pages.length}`);
      expect(text, `page ${index + 1}`).toContain("CCC-2026-014");
    });
  });

  if (file.startsWith("results")) {
    it("shows every total and subtotal with two decimals", () => {
      const text = squash(pdf(name).pages.join("\n"));
      for (const total of totals) {
        expect(text).toContain(total.toFixed(2));
        const short = String(total);
        if (short !== total.toFixed(2)) expect(text).not.toMatch(new RegExp(`(?<![\\d.])${short.replace(".", "\\.")}(?![\\d])`));
      }
    });
  }

  if (file.endsWith(".docx") || file.endsWith(".odt")) {
    it("fills its first page: no page that is nearly blank before the end", () => {
      const { pages } = pdf(name);
      // Lines of text on every page but the last: a page pushed on by a table that would not fit has only a few.
      const lines = pages.slice(0, -1).map((page) => page.split("\n").filter((line) => line.trim()).length);
      expect(lines.every((count) => count >= 12), `lines per page: ${lines.join(", ")}`).toBe(true);
    });
  }
});

describe.each(Object.keys(variants) as Variant[])("the seeded example's results CSV, %s", (variant) => {
  it("heads its score columns with the criteria's titles and weights, shows totals with two decimals and no ids", () => {
    const [header, ...rows] = csv.get(`${variant}-results.csv`)!;
    const flat = [header, ...rows].flat().join("\n");
    expect(flat).not.toMatch(internalIdPattern);
    expect([...ids].filter((id) => flat.includes(id))).toEqual([]);
    const title = variant === "welsh" ? "Ymrwymiad i dargedau sero net sy’n seiliedig ar wyddoniaeth" : "Commitment to science-based net-zero targets";
    expect(header.find((h) => h.includes(title))).toMatch(/ \(\d+%\)$/);
    const totalColumn = header.findIndex((h) => h.includes(variant === "welsh" ? "Cyfanswm" : "Total"));
    const shown = rows.map((row) => row[totalColumn]).filter(Boolean);
    expect(shown.length).toBeGreaterThan(0);
    for (const value of shown) expect(value).toMatch(/^\d+\.\d\d$/);
  });

  it("the criteria CSV has no ids either", () => {
    const flat = csv.get(`${variant}-tender-criteria.csv`)!.flat().join("\n");
    expect(flat).not.toMatch(internalIdPattern);
    expect([...ids].filter((id) => flat.includes(id))).toEqual([]);
  });
});
