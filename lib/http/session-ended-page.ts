import { visibleFileName } from "@/lib/domain/responses/file-name";

// A form sent without JavaScript after the session ended cannot be answered by its own page, which needs a signed-in
// person to render. proxy.ts sends such a post here instead (app/session-ended/route.ts), and this page gives back
// everything typed, so it can be copied before signing in again. Pure, so it is unit-tested.

/** The page the form was on, as proxy.ts tells the route it rewrote the post to. */
export const formPageHeader = "x-form-page";

/** Hidden fields of the service's forms and the framework's own, never shown; passwords are never sent back. */
const notTyped = /^(\$ACTION|version$|csrfToken$|callbackUrl$|back$|stay$|.*password$)/i;

/** Fields whose names say what they hold; any other typed text is shown as "other text". */
const namedFields = ["answer", "justification", "rationale", "comment", "question", "title", "description", "details", "reference", "name"] as const;
export type NamedField = (typeof namedFields)[number];

export type TypedText = { label: NamedField | "other"; value: string };
export type Kept = { texts: TypedText[]; files: string[] };

function labelOf(name: string): TypedText["label"] {
  const lower = name.toLowerCase();
  return namedFields.find((field) => lower === field.toLowerCase() || lower.startsWith(`${field.toLowerCase()}-`) || lower.endsWith(field.toLowerCase())) ?? "other";
}

/**
 * Text of a field without a name we know is shown when it is prose (it has a space in it). Single words and figures
 * are mostly choices and defaults (a radio's "wales", a time's "12:00"), which unnamed would only confuse; the page
 * says that choices and figures must be entered again.
 */
const isProse = (value: string) => /\S\s+\S/.test(value);

/** What someone typed and chose on the form, in the form's order. */
export function keptFromForm(entries: Iterable<[string, FormDataEntryValue]>): Kept {
  const texts: TypedText[] = [];
  const files: string[] = [];
  for (const [name, value] of entries) {
    if (notTyped.test(name)) continue;
    if (typeof value === "string") {
      const label = labelOf(name);
      if (value.trim() !== "" && (label !== "other" || isProse(value))) texts.push({ label, value });
    } else if (value.size > 0 && visibleFileName(value.name)) {
      files.push(visibleFileName(value.name));
    }
  }
  return { texts, files };
}

const escapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => escapes[character]);

export type PageText = {
  lang: string;
  serviceName: string;
  skipLink: string;
  title: string;
  notSaved: string;
  copy: string;
  signIn: string;
  typed: string;
  files: string;
  labels: Record<TypedText["label"], string>;
  nothingTyped: string;
  enterAgain: string;
};

/** The whole HTML page: the GOV.UK template with the service header, the kept text in text areas, and a way to sign in. */
export function sessionEndedPage(text: PageText, kept: Kept, signInHref: string): string {
  const counts = new Map<string, number>();
  const fields = kept.texts
    .map(({ label, value }, index) => {
      const seen = (counts.get(label) ?? 0) + 1;
      counts.set(label, seen);
      const id = `kept-${index + 1}`;
      const name = seen > 1 ? `${text.labels[label]} (${seen})` : text.labels[label];
      return `<div class="govuk-form-group"><label class="govuk-label govuk-label--s" for="${id}">${escapeHtml(name)}</label><textarea class="govuk-textarea" id="${id}" rows="${Math.min(20, Math.max(3, value.split("\n").length + 1))}" readonly>\n${escapeHtml(value)}</textarea></div>`;
    })
    .join("");
  const files = kept.files.length
    ? `<h2 class="govuk-heading-m">${escapeHtml(text.files)}</h2><ul class="govuk-list govuk-list--bullet">${kept.files.map((file) => `<li>${escapeHtml(file)}</li>`).join("")}</ul>`
    : "";
  const typed = kept.texts.length ? `<h2 class="govuk-heading-m">${escapeHtml(text.typed)}</h2>${fields}` : `<p class="govuk-body">${escapeHtml(text.nothingTyped)}</p>`;
  return `<!DOCTYPE html>
<html lang="${escapeHtml(text.lang)}" class="govuk-template">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(text.title)} – ${escapeHtml(text.serviceName)}</title><link rel="icon" href="/assets/images/favicon.ico"><link rel="stylesheet" href="/assets/govuk-frontend.min.css"></head>
<body class="govuk-template__body">
<a href="#main-content" class="govuk-skip-link">${escapeHtml(text.skipLink)}</a>
<header class="govuk-generic-header"><div class="govuk-generic-header__container govuk-width-container"><div class="govuk-generic-header__logo"><a href="/" class="govuk-generic-header__homepage-link">${escapeHtml(text.serviceName)}</a></div></div></header>
<div class="govuk-width-container"><main class="govuk-main-wrapper" id="main-content"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
<h1 class="govuk-heading-l">${escapeHtml(text.title)}</h1>
<p class="govuk-body">${escapeHtml(text.notSaved)}</p>
<p class="govuk-body">${escapeHtml(text.copy)}</p>
<p class="govuk-body">${escapeHtml(text.enterAgain)}</p>
${typed}${files}
<a href="${escapeHtml(signInHref)}" class="govuk-button" role="button" draggable="false">${escapeHtml(text.signIn)}</a>
</div></div></main></div>
</body>
</html>`;
}
