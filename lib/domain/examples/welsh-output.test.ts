import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import enScoring from "@/lib/i18n/messages/en.scoring.json";
import enSupplier from "@/lib/i18n/messages/en.supplier.json";
import en from "@/lib/i18n/messages/en.json";
import { runAssessCli } from "../case/cli";

/**
 * `npm run assess -- example.json --lang cy` prints Welsh only: no English sentence from the engine (footprint lines,
 * units, factor sources, reasons, problems) and none of the service's English catalogue. What may stay English is
 * what the buyer or supplier wrote themselves (a name, a device description, a rationale), which is in the input.
 */
const root = path.resolve(__dirname, "../../..");
const directory = __dirname;
const files = readdirSync(directory).filter((name) => name.endsWith(".json")).sort();
const read = (file: string) => readFileSync(file, "utf8");

function strings(value: unknown, found: string[] = []): string[] {
  if (typeof value === "string") found.push(value);
  else if (Array.isArray(value)) value.forEach((item) => strings(item, found));
  else if (value && typeof value === "object") Object.values(value).forEach((item) => strings(item, found));
  return found;
}

/** Every English side of an { en, cy } pair that differs from its Welsh: phrases, and single words (units). */
function englishSides(value: unknown, found = { phrases: new Set<string>(), words: new Set<string>() }) {
  if (Array.isArray(value)) value.forEach((item) => englishSides(item, found));
  else if (value && typeof value === "object") {
    const pair = value as { en?: unknown; cy?: unknown };
    if (typeof pair.en === "string" && typeof pair.cy === "string" && pair.en !== pair.cy) (isPhrase(pair.en) ? found.phrases : found.words).add(pair.en);
    Object.values(value).forEach((item) => englishSides(item, found));
  }
  return found;
}

const isPhrase = (text: string) => text.trim().includes(" ") && text.trim().length >= 10;

/** The catalogue's English, each message cut at its placeholders into the phrases a reader would see. */
const catalogueEnglish = strings([en, enSupplier, enScoring])
  .flatMap((message) => message.split(/\{[^}]*\}|<[^>]*>/))
  .map((part) => part.trim())
  .filter((part) => isPhrase(part) && part.length >= 15);

/** The engine's own English: every English side in the full (bilingual) output of every example. */
const { phrases: engineEnglish, words: engineEnglishWords } = englishSides(null);
for (const file of files) {
  const outcome = runAssessCli([path.join(directory, file)], read);
  englishSides(outcome.exitCode === 0 ? JSON.parse(outcome.stdout) : null, { phrases: engineEnglish, words: engineEnglishWords });
  if (outcome.exitCode !== 0) {
    const english = runAssessCli([path.join(directory, file), "--lang", "en"], read).stderr.split("\n");
    english.map((line) => line.replace(/^- [^:]*: /, "").replace(/ \[[A-Z_.]+\]$/, "")).filter(isPhrase).forEach((line) => engineEnglish.add(line));
  }
}

/** Words no Welsh sentence uses: a string still holding them (outside the input's own words) is English. */
const englishWords = /\b(the|and|of|with|from|for|was|not|has|have|are|is not|year|years|devices|missing|emissions|electricity|hosting|scored|above|below|than|must)\b/i;

describe("the engine's Welsh output", () => {
  it("knows enough English to look for", () => {
    expect(engineEnglish.size).toBeGreaterThan(100);
    expect(catalogueEnglish.length).toBeGreaterThan(500);
  });

  it.each(files)("%s in Welsh has no English sentence", (file) => {
    const example = JSON.parse(read(path.join(directory, file)));
    const outcome = runAssessCli([path.join(directory, file), "--lang", "cy"], read);
    const printed = outcome.exitCode === 0 ? strings(JSON.parse(outcome.stdout)) : outcome.stderr.split("\n");
    // The buyer's and supplier's own words are theirs to write in either language.
    const ownWords = strings(example.input).filter(isPhrase).sort((a, b) => b.length - a.length);
    const engineText = printed.map((text) => ownWords.reduce((rest, own) => rest.split(own).join(""), text)).filter((text) => text.trim() !== "");
    const english = engineText.filter(
      (text) =>
        engineEnglishWords.has(text) ||
        [...engineEnglish].some((sentence) => text.includes(sentence)) ||
        catalogueEnglish.some((phrase) => text.includes(phrase)) ||
        (text.includes(" ") && englishWords.test(text.replace(/^- [^:]*: /, "").replace(/\[[A-Z_.]+\]$/, ""))),
    );
    expect(english).toEqual([]);
  });

  it("is what `npm run assess` prints", () => {
    const file = path.join(directory, "15-service-footprint.json");
    const run = spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), path.join(root, "scripts/assess.ts"), file, "--lang", "cy"], { cwd: root, encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(runAssessCli([file, "--lang", "cy"], read).stdout);
    const footprint = JSON.parse(run.stdout).suppliers[0].footprint;
    expect(footprint.lines[0]).toMatchObject({ description: "Lletya: y Deyrnas Unedig", unit: "kWh/blwyddyn" });
    expect(footprint.basis).toContain("Ffactorau trosi nwyon tŷ gwydr Llywodraeth y DU ar gyfer adrodd gan gwmnïau 2025 (DESNZ)");
  }, 30_000);
});
