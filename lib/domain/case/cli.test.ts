import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runAssessCli } from "./cli";
import { assessmentResultSchema } from "./result-schema";

const root = path.resolve(__dirname, "../../..");
const examples = path.join(root, "lib/domain/examples");
const directory = mkdtempSync(path.join(tmpdir(), "assess-cli-"));

function caseFile(example: string): string {
  const { input } = JSON.parse(readFileSync(path.join(examples, example), "utf8"));
  const file = path.join(directory, example.replace(".json", ".case.json"));
  writeFileSync(file, JSON.stringify(input));
  return file;
}

function runScript(...args: string[]) {
  return spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), path.join(root, "scripts/assess.ts"), ...args], {
    cwd: root,
    encoding: "utf8",
  });
}

const noStackTrace = /\n\s+at |Error:|ZodError/;

describe("npm run assess", () => {
  it("prints the result of a valid case as JSON and exits 0", () => {
    const run = runScript(caseFile("14-gate-failure-among-three.json"));
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.ranking).toEqual([
      { supplierId: "s2", rank: 1, total: 75 },
      { supplierId: "s3", rank: 2, total: 72.5 },
    ]);
    expect(result.excluded[0].reasons[0].code).toBe("CRP.DECLARATION_MISSING");
  }, 30_000);

  it("prints every problem with its path in plain words and exits 1, without a stack trace", () => {
    const run = runScript(caseFile("10-weights-total-95.json"));
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("- assessment.criteria: Weights must total 100; they total 95. [CONFIG.WEIGHTS_TOTAL]");
    expect(run.stderr).not.toMatch(noStackTrace);
  }, 30_000);
});

describe("runAssessCli", () => {
  const read = (file: string) => readFileSync(file, "utf8");

  it("prints the input and output JSON Schemas", () => {
    const input = JSON.parse(runAssessCli(["--schema"], read).stdout);
    expect(input.properties.assessment.properties.criteria.type).toBe("array");
    const output = JSON.parse(runAssessCli(["--output-schema"], read).stdout);
    expect(output.properties.ranking.type).toBe("array");
  });

  it("prints problems in Welsh with --lang cy", () => {
    const outcome = runAssessCli([caseFile("20-invalid-input.json"), "--lang", "cy"], read);
    expect(outcome.exitCode).toBe(1);
    expect(outcome.stderr).toContain("Mae 6 problem yn");
    expect(outcome.stderr).toContain("- assessment.assessmentDate: Rhowch ddyddiad go iawn ar ffurf BBBB-MM-DD. [INPUT.INVALID_FORMAT]");
  });

  it("explains a missing file, a file that is not JSON and a missing argument", () => {
    const missing = runAssessCli([path.join(directory, "nope.json")], read);
    expect(missing).toMatchObject({ exitCode: 1, stdout: "" });
    expect(missing.stderr).toMatch(/^Cannot read .*nope\.json \(ENOENT\)\.\n$/);
    expect(runAssessCli(["x.json", "--lang", "cy"], () => { throw new Error("boom"); }).stderr).toBe("Methu darllen x.json (unreadable).\n");
    const notJson = runAssessCli(["case.json"], () => "{ not json");
    expect(notJson.exitCode).toBe(1);
    expect(notJson.stderr).toMatch(/^case\.json is not valid JSON: /);
    expect(runAssessCli(["case.json", "--lang", "cy"], () => "[").stderr).toMatch(/^Nid yw case\.json yn JSON dilys/);
    expect(runAssessCli([], read)).toMatchObject({ exitCode: 1, stderr: expect.stringContaining("Usage:") });
    expect(runAssessCli(["case.json", "--help"], read)).toMatchObject({ exitCode: 0, stderr: expect.stringContaining("Usage:") });
  });

  it("runs a worked example file as it is", () => {
    const outcome = runAssessCli([path.join(examples, "13-tie-shares-rank.json")], read);
    expect(outcome.exitCode).toBe(0);
    expect(JSON.parse(outcome.stdout).ranking.map((r: { rank: number }) => r.rank)).toEqual([1, 1, 3]);
  });

  it("refuses figures too large to be real, in both languages, instead of printing null for Infinity", () => {
    const { input } = JSON.parse(readFileSync(path.join(examples, "15-service-footprint.json"), "utf8"));
    input.assessment.buyer.annualContractValue = 1e308;
    input.suppliers[0].serviceFootprint.hosting[0].electricityKWhPerYear = 1e308;
    input.suppliers[0].carbonReductionPlan.emissions.scope1.tCO2e = 1e308;
    const en = runAssessCli(["case.json"], () => JSON.stringify(input));
    expect(en.exitCode).toBe(1);
    expect(en.stderr).toContain("- assessment.buyer.annualContractValue: Enter a number of 100,000,000,000 or less. [INPUT.TOO_BIG]");
    expect(en.stderr).toContain("- suppliers[0].serviceFootprint.hosting[0].electricityKWhPerYear: Enter a number of 10,000,000,000 or less. [INPUT.TOO_BIG]");
    expect(en.stderr).toContain("- suppliers[0].carbonReductionPlan.emissions.scope1.tCO2e: Enter a number of 1,000,000,000 or less. [INPUT.TOO_BIG]");
    const cy = runAssessCli(["case.json", "--lang", "cy"], () => JSON.stringify(input));
    expect(cy.stderr).toContain("- assessment.buyer.annualContractValue: Rhowch rif sy’n 100,000,000,000 neu’n llai. [INPUT.TOO_BIG]");
    // At the limits the result is still finite everywhere, so it matches the output schema.
    input.assessment.buyer.annualContractValue = 100_000_000_000;
    input.suppliers[0].serviceFootprint.hosting[0].electricityKWhPerYear = 10_000_000_000;
    input.suppliers[0].carbonReductionPlan.emissions.scope1.tCO2e = 1_000_000_000;
    const atLimit = runAssessCli(["case.json"], () => JSON.stringify(input));
    expect(atLimit.exitCode).toBe(0);
    expect(assessmentResultSchema.safeParse(JSON.parse(atLimit.stdout)).success).toBe(true);
    expect(JSON.parse(atLimit.stdout).suppliers[0].footprint.tCO2ePerYear).toBe(1_933_025.402); // 1.77e9 kg + losses 10,000,005,350 kWh × 0.0163 + the rest (Ireland now Ember 2024, 0.27979): 1,933,025,402.395 kg
  });

  it("says so when a case has a single problem", () => {
    const outcome = runAssessCli([caseFile("10-weights-total-95.json")], read);
    expect(outcome.stderr).toMatch(/has 1 problem:\n/);
  });
});
