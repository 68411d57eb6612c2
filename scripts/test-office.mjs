// Runs the office read-back tests (vitest project "office", files *.office-test.ts): LibreOffice opens each DOCX,
// ODT and XLSX export and prints it to PDF, pdftotext reads the words back and pdftoppm keeps each page as a PNG
// under test-results/documents/ for a person to look at. Needs soffice, pdftotext and pdftoppm; as root on Debian or
// Ubuntu they are installed with apt-get when missing. Extra arguments are passed to vitest.
import { spawnSync } from "node:child_process";

const packages = ["libreoffice-writer-nogui", "libreoffice-calc-nogui", "poppler-utils"];
const has = (tool) => spawnSync("sh", ["-c", `command -v ${tool}`], { stdio: "ignore" }).status === 0;
const missing = () => ["soffice", "pdftotext", "pdftoppm"].filter((tool) => !has(tool));

if (missing().length > 0) {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot || !has("apt-get")) {
    console.error(
      `test-office: ${missing().join(" and ")} not found. Install LibreOffice and poppler-utils, e.g. on Debian or Ubuntu:\n` +
        `  sudo apt-get install -y ${packages.join(" ")}\n` +
        `(as root with apt-get, this script installs them itself.)`,
    );
    process.exit(1);
  }
  console.log(`test-office: installing ${packages.join(", ")} with apt-get`);
  const install = spawnSync("sh", ["-c", `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(" ")}`], {
    stdio: "inherit",
  });
  if (install.status !== 0 || missing().length > 0) {
    console.error(`test-office: could not install ${packages.join(", ")} (still missing: ${missing().join(", ") || "none"}).`);
    process.exit(1);
  }
}

const result = spawnSync("npx", ["vitest", "run", "--project", "office", ...process.argv.slice(2)], { stdio: "inherit" });
if (result.error) console.error(`test-office: could not run vitest: ${result.error.message}`);
process.exit(result.status ?? 1);
