import { describe, expect, it } from "vitest";
import { keptFromForm, sessionEndedPage, type PageText } from "./session-ended-page";

const text: PageText = {
  lang: "en",
  serviceName: "Service",
  skipLink: "Skip",
  title: "You have been signed out",
  notSaved: "Not saved.",
  copy: "Copy it.",
  signIn: "Sign in again",
  typed: "What you typed",
  files: "Files you chose",
  nothingTyped: "Nothing typed.",
  enterAgain: "Enter choices again.",
  labels: { answer: "Answer", justification: "Justification", rationale: "Rationale", comment: "Comment", question: "Question", title: "Title", description: "Description", details: "Details", reference: "Reference", name: "Name", other: "Other text" },
};

describe("a form sent after the session ended", () => {
  it("keeps every named text and all prose, never the framework's fields, versions, passwords or bare choices", () => {
    const form = new FormData();
    form.append("$ACTION_REF_1", "");
    form.append("$ACTION_1:0", '{"id":"abc"}');
    form.append("version", "4");
    form.append("answer", "We run on renewable electricity.");
    form.append("justification-c1", "Meets the descriptor for 3.");
    form.append("justification-c2", "   ");
    form.append("newPassword", "secret-secret");
    form.append("level", "2025");
    form.append("nation", "wales");
    form.append("crp_measures", "LED lighting and a heat pump at the data centre");
    form.append("file", new File(["%PDF"], "plan.pdf", { type: "application/pdf" }));
    form.append("file", new File(["%PDF"], "evil\u202Efdp.exe", { type: "application/pdf" }));
    form.append("file", new File([], ""));
    expect(keptFromForm(form.entries())).toEqual({
      texts: [
        { label: "answer", value: "We run on renewable electricity." },
        { label: "justification", value: "Meets the descriptor for 3." },
        { label: "other", value: "LED lighting and a heat pump at the data centre" },
      ],
      files: ["plan.pdf", "evilfdp.exe"],
    });
  });

  it("gives the text back escaped, each in a labelled text area, with a way to sign in", () => {
    const html = sessionEndedPage(text, { texts: [{ label: "title", value: "</textarea><script>alert(1)</script>" }, { label: "title", value: "Second" }], files: ['"x".pdf'] }, "/signin?callbackUrl=%2Fa&timedOut=1");
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt;</textarea>");
    expect(html).toContain('<label class="govuk-label govuk-label--s" for="kept-1">Title</label>');
    expect(html).toContain('for="kept-2">Title (2)</label>');
    expect(html).toContain("<li>&quot;x&quot;.pdf</li>");
    expect(html).toContain('href="/signin?callbackUrl=%2Fa&amp;timedOut=1"');
    expect(sessionEndedPage(text, { texts: [], files: [] }, "/signin")).toContain("Nothing typed.");
    // A textarea drops one newline after its start tag: the text's own first line break survives.
    expect(sessionEndedPage(text, { texts: [{ label: "answer", value: "\nSecond line" }], files: [] }, "/signin")).toContain('readonly>\n\nSecond line</textarea>');
  });
});
