import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { alwaysOnClient, coveredBy, pickNamespaces } from "./client-messages";

const root = path.resolve(__dirname, "../..");

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? path.join(root, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(from), specifier) : null;
  if (!base) return null;
  for (const ending of ["", ".tsx", ".ts", "/index.tsx", "/index.ts"]) {
    if (existsSync(base + ending) && statSync(base + ending).isFile()) return base + ending;
  }
  return null;
}

/** The namespaces read by client code reachable from `file`: in a "use client" file, and in all it imports. */
function clientNamespaces(file: string, inClient = false, seen = new Set<string>(), found = new Set<string>()): Set<string> {
  if (seen.has(`${file}:${inClient}`)) return found;
  seen.add(`${file}:${inClient}`);
  const source = readFileSync(file, "utf8");
  const client = inClient || /^\s*["']use client["']/.test(source);
  if (client) for (const match of source.matchAll(/useTranslations\(\s*(?:"([^"]*)")?\s*\)/g)) found.add(match[1] ?? "(the whole catalogue)");
  for (const match of source.matchAll(/^(?:import|export)\s[^;]*?from\s+"([^"]+)"/gms)) {
    const imported = resolveImport(file, match[1]);
    if (imported) clientNamespaces(imported, client, seen, found);
  }
  return found;
}

function pages(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return pages(full);
    return /^(page|layout|not-found|error|global-error)\.tsx$/.test(entry.name) ? [full] : [];
  });
}

describe("client messages", () => {
  it("every page names each namespace its client components read, so none is missing from its HTML", () => {
    const missing: string[] = [];
    for (const page of pages(path.join(root, "app"))) {
      const source = readFileSync(page, "utf8");
      const named = /withClientMessages\(\w+,\s*(\[[^\]]*\])\)/.exec(source);
      const given = [...alwaysOnClient, ...(named ? (JSON.parse(named[1]) as string[]) : [])];
      for (const namespace of clientNamespaces(page)) if (!coveredBy(namespace, given)) missing.push(`${path.relative(root, page)}: ${namespace}`);
    }
    expect(missing).toEqual([]);
  });

  it("cuts the catalogue down to the namespaces asked for, nested ones too", () => {
    const messages = { common: { back: "Back" }, supplier: { evidence: { form: { save: "Save" }, title: "Evidence" }, answer: { save: "Save answer" } }, results: { title: "Results" } };
    expect(pickNamespaces(messages, ["common", "supplier.evidence.form", "supplier.answer", "missing.namespace"])).toEqual({
      common: { back: "Back" },
      supplier: { evidence: { form: { save: "Save" } }, answer: { save: "Save answer" } },
    });
    expect(pickNamespaces(messages, ["supplier.evidence.form", "supplier.evidence"])).toEqual({ supplier: { evidence: { form: { save: "Save" }, title: "Evidence" } } });
  });

  it("counts a namespace as given when it or a namespace around it is", () => {
    expect(coveredBy("supplier.evidence.form", ["supplier.evidence"])).toBe(true);
    expect(coveredBy("supplier.evidence", ["supplier.evidence.form"])).toBe(false);
    expect(coveredBy("supplier.evidenceX", ["supplier.evidence"])).toBe(false);
  });
});
