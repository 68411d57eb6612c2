/** Every message the service shows exists in English and Welsh (Welsh Language Standards). */
export type Bilingual = { readonly en: string; readonly cy: string };

export type Language = keyof Bilingual;

export type ProblemParams = Record<string, string | number | boolean | null>;

/**
 * One coded finding: a configuration error, a gate failure or a flag for the specialist.
 * `code` is stable so the web app and exports can key on it; `message` is for people.
 */
export type Problem = {
  code: string;
  message: Bilingual;
  path?: (string | number)[];
  params?: ProblemParams;
};

export function bilingual(en: string, cy: string): Bilingual {
  return { en, cy };
}

export function problem(
  code: string,
  message: Bilingual,
  extras: { path?: (string | number)[]; params?: ProblemParams } = {},
): Problem {
  const result: Problem = { code, message };
  if (extras.path) result.path = extras.path;
  if (extras.params) result.params = extras.params;
  return result;
}

/** "assessment.criteria[2].weight" — the JSON path people read in messages and the CLI. */
export function formatPath(path: readonly (string | number)[] | undefined): string {
  if (!path || path.length === 0) return "(top level)";
  return path.reduce<string>((text, part) => {
    if (typeof part === "number") return `${text}[${part}]`;
    return text === "" ? part : `${text}.${part}`;
  }, "");
}

/**
 * Text without the characters that reorder what a reader sees (bidirectional embeddings, overrides and isolates,
 * U+202A–U+202E and U+2066–U+2069): typed into a title, "\u202Eevil" would print reversed in every page and
 * document. Welsh and English never need them; the marks LRM/RLM and joiners (emoji) are kept.
 */
export function withoutDirectionOverrides(text: string): string {
  return text.replace(/[\u202A-\u202E\u2066-\u2069]/g, "");
}

/**
 * Text from the rules engine, which names criteria, evaluators and suppliers by their ids ("Scores for
 * br1.2020.net-zero-commitment are missing from: cm3…"), with each id replaced by what a person reads: a criterion's
 * title, a person's or an organisation's name. An id is replaced only where it stands as a whole word.
 */
export function withNames(text: string, names: ReadonlyMap<string, string>): string {
  if (names.size === 0) return text;
  return text.replace(idPattern(names), (id) => names.get(id) ?? id);
}

// One pattern per set of names, made once: a large tender's export names ids in tens of thousands of sentences.
const idPatterns = new WeakMap<ReadonlyMap<string, string>, RegExp>();
function idPattern(names: ReadonlyMap<string, string>): RegExp {
  let pattern = idPatterns.get(names);
  if (!pattern) {
    const ids = [...names.keys()].sort((a, b) => b.length - a.length).map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    pattern = new RegExp(`(?<![\\w.-])(${ids.join("|")})(?![\\w-]|\\.\\w)`, "g");
    idPatterns.set(names, pattern);
  }
  return pattern;
}
