// The Content-Disposition header of a download (RFC 6266): always an attachment, with a plain-ASCII `filename`
// for old clients and the exact name as UTF-8 in `filename*` (RFC 8187).

/** Percent-encodes everything but RFC 8187's attr-char, which encodeURIComponent leaves too much of. */
function encodeExtValue(value: string): string {
  return encodeURIComponent(value).replace(/['()*!]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The name in printable ASCII only: accents dropped where they can be, anything else (and quote, backslash, %, ;) as "_". */
export function asciiFileName(fileName: string): string {
  return fileName
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]|["\\%;]/g, "_");
}

export function attachmentDisposition(fileName: string): string {
  // Control characters never reach here (names are made safe on upload), but a header must not carry them.
  const name = fileName.replace(/[\u0000-\u001f\u007f]/g, "");
  return `attachment; filename="${asciiFileName(name)}"; filename*=UTF-8''${encodeExtValue(name)}`;
}
