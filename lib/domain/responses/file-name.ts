import { allowedUploadTypes, otherUploadExtensions } from "./upload-rules";

// The name an uploaded file is stored and downloaded under. Its extension is always that of the type detected from
// its content, so a PNG named "poly.html" is "poly.png": no browser or desktop opens it as anything else. The
// characters that could mislead a reader or a file system are removed.

/** The longest name kept before the extension, in characters. */
export const maxFileNameStem = 100;

/** The name used when nothing of the supplier's is left, before the extension. */
export const defaultFileNameStem = "evidence";

// Control characters (C0, DEL, C1), format characters (every bidirectional mark, embedding, override and isolate:
// U+200E/F, U+202A–U+202E, U+2066–U+2069, U+061C; zero-width characters; the byte order mark; soft hyphen), line
// and paragraph separators, lone surrogates and private-use characters; and the characters Windows refuses.
const unsafe = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Co}<>:"|?*]/gu;
const windowsDevice = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
const extension = /\.([A-Za-z0-9]{1,8})$/;

/** A name as a person may safely be shown it: its last path segment without unsafe characters (no bidi tricks). */
export function visibleFileName(name: string): string {
  return (name.normalize("NFC").split(/[\\/]/).pop() ?? "").replace(unsafe, "").replace(/\s+/g, " ").trim();
}

/** The extension a detected type is stored under; "bin" for a type that is not allowed (never stored). */
export function extensionOf(detectedType: string): string {
  return allowedUploadTypes[detectedType] ?? "bin";
}

/**
 * A safe name for an upload of the detected type: the last path segment of what the browser sent, without unsafe
 * characters, leading dots or surrounding spaces, at most 100 characters, then the detected type's extension (the
 * supplier's own is kept only when it is one the type is known by, such as .jpeg). "evidence.<ext>" when nothing is
 * left. Applying it to its own result changes nothing.
 */
export function storedFileName(name: string, detectedType: string): string {
  const cleaned = visibleFileName(name);
  const canonical = extensionOf(detectedType);
  const known = [canonical, ...(otherUploadExtensions[detectedType] ?? [])];
  let given = extension.exec(cleaned);
  let stem = given ? cleaned.slice(0, given.index) : cleaned;
  // A name that is all extension: ".htaccess" is a name; ".pdf" for a PDF is no name at all.
  if (given && !stem.replace(/[\s.]/g, "") && !known.includes(given[1].toLowerCase())) [stem, given] = [given[1], null];
  const keep = given && known.includes(given[1].toLowerCase()) ? given[1] : canonical;
  stem = shorten(stem.replace(/^[\s.]+|[\s.]+$/g, ""));
  const safeStem = !stem ? defaultFileNameStem : windowsDevice.test(stem) ? `${stem}_` : stem;
  return `${safeStem}.${keep}`;
}

/** At most maxFileNameStem characters, never cutting a character in two; no space or dot left at the end. */
function shorten(stem: string): string {
  const characters = Array.from(stem);
  return characters.length <= maxFileNameStem ? stem : characters.slice(0, maxFileNameStem).join("").replace(/[\s.]+$/, "");
}
