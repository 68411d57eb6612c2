import { z } from "zod";
import { formatPath, type Language, type Problem } from "../text";
import { assessCase } from "./assess-case";
import { assessmentCaseSchema } from "./case-schema";
import { assessmentResultSchema } from "./result-schema";

export type CliOutcome = { exitCode: 0 | 1; stdout: string; stderr: string };

const usage = [
  "Usage: npm run assess -- <case.json> [--lang en|cy]   (a case, or a worked example from lib/domain/examples)",
  "       with --lang, problems and the result are in that language only; without it the result has both",
  "       npm run assess -- --schema          JSON Schema of the input",
  "       npm run assess -- --output-schema   JSON Schema of the output",
].join("\n");

export function inputJsonSchema(): unknown {
  return z.toJSONSchema(assessmentCaseSchema, { io: "input" });
}

export function outputJsonSchema(): unknown {
  return z.toJSONSchema(assessmentResultSchema);
}

/** "assessment.criteria: Weights must total 100; they total 95. [CONFIG.WEIGHTS_TOTAL]" — one line a problem. */
export function formatProblems(problems: readonly Problem[], language: Language = "en"): string {
  return problems.map((p) => `- ${formatPath(p.path)}: ${p.message[language]} [${p.code}]`).join("\n");
}

/**
 * The command line, minus the file system: the script passes its arguments and a way to read a
 * file. Reading or parsing failures become messages, never stack traces.
 */
export function runAssessCli(args: readonly string[], readText: (path: string) => string): CliOutcome {
  const asked = args.includes("--lang") ? args[args.indexOf("--lang") + 1] : undefined;
  const language: Language = asked === "cy" ? "cy" : "en";
  const print = (value: unknown): CliOutcome => ({ exitCode: 0, stdout: `${JSON.stringify(value, null, 2)}\n`, stderr: "" });
  const fail = (message: string): CliOutcome => ({ exitCode: 1, stdout: "", stderr: `${message}\n` });
  if (args.includes("--schema")) return print(inputJsonSchema());
  if (args.includes("--output-schema")) return print(outputJsonSchema());
  const file = args.find((arg, index) => !arg.startsWith("--") && args[index - 1] !== "--lang");
  if (!file || args.includes("--help")) return { ...fail(usage), exitCode: file ? 0 : 1 };

  let text: string;
  try {
    text = readText(file);
  } catch (error) {
    const reason = error instanceof Error && "code" in error ? String((error as NodeJS.ErrnoException).code) : "unreadable";
    return fail(language === "cy" ? `Methu darllen ${file} (${reason}).` : `Cannot read ${file} (${reason}).`);
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : "";
    return fail(language === "cy" ? `Nid yw ${file} yn JSON dilys: ${detail}` : `${file} is not valid JSON: ${detail}`);
  }
  // A worked example ({ description, input, expected }) can be run as it is.
  const example = typeof input === "object" && input !== null && "input" in input && "expected" in input;
  const outcome = assessCase(example ? (input as { input: unknown }).input : input);
  if (!outcome.ok) {
    const heading =
      language === "cy"
        ? `Mae ${outcome.problems.length} problem yn ${file}:`
        : `${file} has ${outcome.problems.length} problem${outcome.problems.length === 1 ? "" : "s"}:`;
    return fail(`${heading}\n${formatProblems(outcome.problems, language)}`);
  }
  return print(asked === "cy" || asked === "en" ? inLanguage(outcome.result, language) : outcome.result);
}

/**
 * The result as one language reads it: every `{ en, cy }` pair becomes its text in that language. What is left is
 * the supplier's and buyer's own words (names, descriptions), codes, ids, dates and numbers.
 */
export function inLanguage(value: unknown, language: Language): unknown {
  if (Array.isArray(value)) return value.map((item) => inLanguage(item, language));
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value);
  const isBilingual = entries.length === 2 && typeof (value as { en?: unknown }).en === "string" && typeof (value as { cy?: unknown }).cy === "string";
  if (isBilingual) return (value as Record<Language, string>)[language];
  return Object.fromEntries(entries.map(([key, item]) => [key, inLanguage(item, language)]));
}
