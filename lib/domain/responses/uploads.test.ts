import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { defaultFileNameStem, maxFileNameStem, storedFileName } from "./file-name";
import { checkResponseFiles, isOverActionLimit, maxActionRequestBytes, maxFilesPerResponse, maxResponseFileBytes, maxUploadBytes } from "./upload-rules";

const png = "image/png";
const pdf = "application/pdf";

describe("stored file names", () => {
  it("take the extension of the type detected from the content, not the name's", () => {
    expect(storedFileName("poly.html", png)).toBe("poly.png");
    expect(storedFileName("carbon-plan.pdf", pdf)).toBe("carbon-plan.pdf");
    expect(storedFileName("plan.PDF", pdf)).toBe("plan.PDF");
    expect(storedFileName("photo.jpeg", "image/jpeg")).toBe("photo.jpeg");
    expect(storedFileName("photo.png", "image/jpeg")).toBe("photo.jpg");
    expect(storedFileName("report", pdf)).toBe("report.pdf");
    expect(storedFileName("Annual report 2025.final", pdf)).toBe("Annual report 2025.pdf");
    expect(storedFileName("poly.png.html", png)).toBe("poly.png.png");
    expect(storedFileName("tables.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")).toBe("tables.xlsx");
    expect(storedFileName("x.exe", "application/x-msdownload")).toBe("x.bin");
  });

  it("drop folders, control characters and bidirectional overrides and isolates", () => {
    expect(storedFileName("C:\\Users\\me\\plan.pdf", pdf)).toBe("plan.pdf");
    expect(storedFileName("../../etc/pass\"wd\n", pdf)).toBe("passwd.pdf");
    // "invoice\u202Egnp.exe" shows as "invoiceexe.png" in a right-to-left override: the override goes, then the type decides.
    expect(storedFileName("invoice\u202Egnp.exe", png)).toBe("invoicegnp.png");
    for (const mark of ["\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u061C", "\u200B", "\uFEFF", "\u0085", "\u2028", "\u0007", "\u007F"]) {
      expect(storedFileName(`a${mark}b.pdf`, pdf), `U+${mark.codePointAt(0)!.toString(16)}`).toBe("ab.pdf");
    }
    expect(storedFileName("tab\there  and   there.pdf", pdf)).toBe("tabhere and there.pdf");
    expect(storedFileName("what?<is>:this|*.pdf", pdf)).toBe("whatisthis.pdf");
  });

  it("keep Welsh and other letters, composed the same way whatever the browser sent", () => {
    expect(storedFileName("Cynllun lleihau carbon – ŵ ŷ.pdf", pdf)).toBe("Cynllun lleihau carbon – ŵ ŷ.pdf");
    expect(storedFileName("w\u0302.pdf", pdf)).toBe("ŵ.pdf");
  });

  it("give a default name when nothing is left, and no hidden or device names", () => {
    expect(storedFileName("", "image/jpeg")).toBe(`${defaultFileNameStem}.jpg`);
    expect(storedFileName("/", pdf)).toBe("evidence.pdf");
    expect(storedFileName("\u202E\u2066.pdf", pdf)).toBe("evidence.pdf");
    expect(storedFileName(".htaccess", png)).toBe("htaccess.png");
    expect(storedFileName(".png", png)).toBe("evidence.png");
    expect(storedFileName(" ... .pdf", pdf)).toBe("evidence.pdf");
    expect(storedFileName("CON.pdf", pdf)).toBe("CON_.pdf");
  });

  it("are at most 100 characters before the extension, never cutting a character in two", () => {
    const long = storedFileName(`${"a".repeat(300)}.pdf`, pdf);
    expect(long).toBe(`${"a".repeat(maxFileNameStem)}.pdf`);
    const emoji = storedFileName(`${"😀".repeat(150)}.png`, png);
    expect(Array.from(emoji.replace(/\.png$/, ""))).toHaveLength(maxFileNameStem);
    expect(emoji.isWellFormed()).toBe(true);
    expect(storedFileName(`${"a".repeat(99)} b.pdf`, pdf)).toBe(`${"a".repeat(99)}.pdf`);
  });

  it("change nothing when applied again", () => {
    for (const name of ["poly.html", "invoice\u202Egnp.exe", "", ".htaccess", "photo.jpeg", `${"é".repeat(120)}.pdf`]) {
      const once = storedFileName(name, png);
      expect(storedFileName(once, png)).toBe(once);
    }
  });
});

describe("upload limits", () => {
  it("hold at most 50 files and 200MB in a response", () => {
    expect(maxFilesPerResponse).toBe(50);
    expect(maxResponseFileBytes).toBe(200 * 1024 * 1024);
    expect(checkResponseFiles({ count: 0, bytes: 0 }, maxUploadBytes)).toBeNull();
    expect(checkResponseFiles({ count: 49, bytes: 0 }, 1)).toBeNull();
    expect(checkResponseFiles({ count: 50, bytes: 0 }, 1)).toBe("file.tooManyForResponse");
    expect(checkResponseFiles({ count: 10, bytes: maxResponseFileBytes - 100 }, 100)).toBeNull();
    expect(checkResponseFiles({ count: 10, bytes: maxResponseFileBytes - 100 }, 101)).toBe("file.responseTooLarge");
  });

  it("let a file somewhat over 20MB reach the form, and turn away only far larger requests", () => {
    expect(isOverActionLimit(22 * 1024 * 1024)).toBe(false);
    expect(isOverActionLimit(maxActionRequestBytes)).toBe(false);
    expect(isOverActionLimit(maxActionRequestBytes + 1)).toBe(true);
  });

  it("are the ones the server reads requests up to (next.config.js)", () => {
    const config = readFileSync(path.join(__dirname, "../../../next.config.js"), "utf8");
    const megabytes = `"${maxActionRequestBytes / (1024 * 1024)}mb"`;
    expect(config).toContain(`bodySizeLimit: ${megabytes}`);
    expect(config).toContain(`proxyClientMaxBodySize: "${maxActionRequestBytes / (1024 * 1024) + 1}mb"`);
  });

  it("are the ones the messages name, in English and Welsh", () => {
    const catalogue = (language: string) => JSON.parse(readFileSync(path.join(__dirname, `../../i18n/messages/${language}.supplier.json`), "utf8"));
    for (const language of ["en", "cy"]) {
      const { file } = catalogue(language).errors;
      expect(catalogue(language).supplier.fileTooLarge.sent).toContain(`${maxUploadBytes / (1024 * 1024)}MB`);
      expect(catalogue(language).supplier.fileTooLarge.sent).toContain(`${maxActionRequestBytes / (1024 * 1024)}MB`);
      expect(file.tooLarge).toContain(`${maxUploadBytes / (1024 * 1024)}MB`);
      expect(file.tooManyForResponse).toContain(String(maxFilesPerResponse));
      expect(file.responseTooLarge).toContain(`${maxResponseFileBytes / (1024 * 1024)}MB`);
    }
  });
});
