// What the results benchmark measures and against what: the tender sizes, the server, the people, the files.
import path from "node:path";

export const root = path.resolve(__dirname, "../../..");
export const PORT = 3200;
export const BASE = `http://localhost:${PORT}`;
export const CONCURRENCY = 4;
export const DURATION_MS = 5000;
export const MIN_REQUESTS = 2 * CONCURRENCY; // a slow page runs past DURATION_MS until this many answers have come back
export const OFFICER = "officer@caerwen.example";
export const SPECIALIST = "specialist@caerwen.example";
export const THIRD_EVALUATOR = "evaluator@caerwen.example";
export const DEADLINE = new Date("2026-10-30T12:00:00Z");

export type SizeKey = "small" | "medium" | "large";
export const SIZES: { key: SizeKey; suppliers: number; criteria: number }[] = [
  { key: "small", suppliers: 10, criteria: 12 },
  { key: "medium", suppliers: 50, criteria: 40 },
  { key: "large", suppliers: 300, criteria: 60 },
];
export const EXPORT_FILES = [
  "tender-criteria.docx", "tender-criteria.odt", "tender-criteria.xlsx", "tender-criteria.csv", "tender-criteria.ocds.json",
  "results.docx", "results.odt", "results.xlsx", "results.csv",
  // One supplier's assessment summary (the first bidder's): "summary-<supplier id>.docx".
  "summary.docx", "summary.odt",
];

/** A published, fully scored tender of one size, as seeded. */
export type Seeded = { key: SizeKey; id: string; suppliers: number; criteria: number; scores: number; firstSupplierId: string };
