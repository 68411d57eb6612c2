import type { z } from "zod";
import { problem, type Problem } from "../text";

type Issue = z.core.$ZodIssue;

function describeType(value: string): { en: string; cy: string } {
  const words: Record<string, { en: string; cy: string }> = {
    // Welsh forms are soft-mutated: they always follow "Rhowch".
    number: { en: "a number", cy: "rif" },
    int: { en: "a whole number", cy: "rif cyfan" },
    string: { en: "text", cy: "destun" },
    boolean: { en: "true or false", cy: "true neu false" },
    array: { en: "a list", cy: "restr" },
    object: { en: "an object", cy: "wrthrych" },
    record: { en: "an object", cy: "wrthrych" },
  };
  return words[value] ?? { en: value, cy: value };
}

/** One plain-words message for each kind of schema issue, in English and Welsh. */
function messageFor(issue: Issue): { en: string; cy: string } {
  switch (issue.code) {
    case "invalid_type": {
      const expected = describeType(issue.expected);
      if (issue.input === undefined) return { en: `Enter ${expected.en}; it is missing.`, cy: `Rhowch ${expected.cy}; mae ar goll.` };
      return { en: `Enter ${expected.en}.`, cy: `Rhowch ${expected.cy}.` };
    }
    case "too_small": {
      const min = typeof issue.minimum === "number" ? issue.minimum.toLocaleString("en-GB", { maximumFractionDigits: 20 }) : String(issue.minimum);
      if (issue.origin === "array") return { en: `Give at least ${min} item(s).`, cy: `Rhowch o leiaf ${min} eitem.` };
      if (issue.origin === "string") return { en: "Enter some text; it cannot be blank.", cy: "Rhowch destun; ni all fod yn wag." };
      return issue.inclusive
        ? { en: `Enter a number of ${min} or more.`, cy: `Rhowch rif sy’n ${min} neu’n fwy.` }
        : { en: `Enter a number greater than ${min}.`, cy: `Rhowch rif sy’n fwy na ${min}.` };
    }
    case "too_big": {
      const max = typeof issue.maximum === "number" ? issue.maximum.toLocaleString("en-GB", { maximumFractionDigits: 20 }) : String(issue.maximum);
      if (issue.origin === "array") return { en: `Give at most ${max} item(s).`, cy: `Rhowch ${max} eitem ar y mwyaf.` };
      if (issue.origin === "string") return { en: `Enter at most ${max} characters.`, cy: `Rhowch ${max} nod ar y mwyaf.` };
      return { en: `Enter a number of ${max} or less.`, cy: `Rhowch rif sy’n ${max} neu’n llai.` };
    }
    case "invalid_format":
      if (issue.format === "date") return { en: "Enter a real date in the form YYYY-MM-DD.", cy: "Rhowch ddyddiad go iawn ar ffurf BBBB-MM-DD." };
      if (issue.format === "url") return { en: "Enter a web address starting http:// or https://.", cy: "Rhowch gyfeiriad gwe sy’n dechrau http:// neu https://." };
      return { en: `Enter a value in the ${issue.format} format.`, cy: `Rhowch werth ar ffurf ${issue.format}.` };
    case "invalid_value": {
      const values = issue.values.map((v) => JSON.stringify(v)).join(", ");
      return { en: `Choose one of: ${values}.`, cy: `Dewiswch un o’r rhain: ${values}.` };
    }
    case "unrecognized_keys": {
      const keys = issue.keys.join(", ");
      return { en: `Remove the unknown field(s): ${keys}.`, cy: `Tynnwch y maes neu’r meysydd anhysbys: ${keys}.` };
    }
    case "custom": {
      // A rule of our own gives its message in both languages; any other refinement falls through to the default.
      const { en, cy } = (issue.params ?? {}) as { en?: unknown; cy?: unknown };
      if (typeof en === "string" && typeof cy === "string") return { en, cy };
      return { en: "This value is not valid.", cy: "Nid yw’r gwerth hwn yn ddilys." };
    }
    case "invalid_union":
      return { en: "This does not match any of the allowed forms.", cy: "Nid yw hwn yn cyfateb i unrhyw un o’r ffurfiau a ganiateir." };
    default:
      return { en: "This value is not valid.", cy: "Nid yw’r gwerth hwn yn ddilys." };
  }
}

/** Turns zod's issues into coded, bilingual problems with their JSON paths; zod's own English is not shown. */
export function problemsFromZodIssues(issues: readonly Issue[]): Problem[] {
  return issues.map((issue) => {
    const code = `INPUT.${issue.code.toUpperCase()}`;
    return problem(code, messageFor(issue), { path: issue.path.map((part) => (typeof part === "number" ? part : String(part))) });
  });
}
