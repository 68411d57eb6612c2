import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { assessCase } from "../case/assess-case";
import { assessmentResultSchema } from "../case/result-schema";

/**
 * Each example is { description, input, expected }. `expected` was worked out by hand from the
 * description (see each file) and is matched as a subset: the parts the example is about are
 * checked exactly, arrays element by element and in full length.
 */
const directory = __dirname;
const files = readdirSync(directory).filter((name) => name.endsWith(".json")).sort();

describe("worked examples", () => {
  it("has at least fifteen", () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
  });

  it.each(files)("%s", (file) => {
    const example = JSON.parse(readFileSync(path.join(directory, file), "utf8"));
    const outcome = assessCase(example.input);
    if (outcome.ok) {
      expect(assessmentResultSchema.safeParse(outcome.result).success).toBe(true);
      expect({ ok: true, result: outcome.result }).toMatchObject(example.expected);
    } else {
      expect(outcome).toMatchObject(example.expected);
    }
  });
});
