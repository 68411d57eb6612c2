// What can be called over HTTP: every server action of the production build (from Next's server reference
// manifest) and every route handler (app/**/route.ts).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// Run from the project folder (npm scripts and Playwright are).
const root = process.cwd();

export type ServerAction = {
  id: string;
  /** e.g. app/members/actions.ts#removeMemberAction */
  name: string;
  /** A page route that carries the action, with its dynamic segments, e.g. /assessments/[assessmentId]. */
  page: string;
};

/** Every server action of the last `next build`. */
export function serverActions(): ServerAction[] {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
  };
  return Object.entries(manifest.node)
    .map(([id, entry]) => {
      const worker = Object.keys(entry.workers).filter((key) => key.endsWith("/page")).sort((a, b) => a.length - b.length)[0] ?? "app/page";
      return { id, name: `${entry.filename ?? "?"}#${entry.exportedName ?? id}`, page: routeOf(worker.replace(/\/page$/, "")) };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Every route handler, as its route with dynamic segments, e.g. /files/[fileId]. */
export function routeHandlers(): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/^route\.(ts|tsx|js)$/.test(entry.name)) found.push(routeOf(path.relative(root, folder)));
    }
  };
  walk(path.join(root, "app"));
  return found.sort();
}

/** app/(group)/assessments/[assessmentId] → /assessments/[assessmentId] */
function routeOf(folder: string): string {
  const segments = folder.split(/[\\/]/).slice(1).filter((segment) => !/^\(.*\)$/.test(segment) && !segment.startsWith("@"));
  return `/${segments.join("/")}`;
}

/** Fills a route's dynamic segments (`[name]`, `[...name]`) from `values`, or with `fallback`. */
export function fillRoute(route: string, values: Record<string, string>, fallback = "x"): string {
  return route.replaceAll(/\[(?:\.\.\.)?([^\]]+)\]/g, (_, name: string) => values[name] ?? fallback);
}

/** The names of the schemas an action declares for its bound arguments, read from its source (`bound: [recordId, …]`). */
export function boundSchemaNames(action: ServerAction): string[] {
  const [file, exportName] = action.name.split("#");
  const source = readFileSync(path.join(root, file), "utf8");
  const start = source.indexOf(`export const ${exportName} =`);
  if (start < 0) return [];
  const bound = /bound:\s*\[([^\]]*(?:\([^)]*\))?[^\]]*)\]/.exec(source.slice(start))?.[1] ?? "";
  return bound
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
}
