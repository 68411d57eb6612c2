// npm run assess -- case.json | --schema | --output-schema — see lib/domain/README.md.
import { readFileSync } from "node:fs";
import { runAssessCli } from "../lib/domain/case/cli";

const outcome = runAssessCli(process.argv.slice(2), (path) => readFileSync(path, "utf8"));
process.stdout.write(outcome.stdout);
process.stderr.write(outcome.stderr);
process.exitCode = outcome.exitCode;
