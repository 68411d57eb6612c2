// Copies GOV.UK Frontend's images and fonts to public/assets (git-ignored) before a build, and its compiled stylesheet
// for the one page rendered outside the app's layout (lib/http/session-ended-page.ts).
import { cpSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const from = path.join(root, "node_modules/govuk-frontend/dist/govuk/assets");
const to = path.join(root, "public/assets");
mkdirSync(to, { recursive: true });
cpSync(from, to, { recursive: true });
cpSync(path.join(root, "node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css"), path.join(to, "govuk-frontend.min.css"));
