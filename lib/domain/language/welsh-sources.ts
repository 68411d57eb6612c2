/**
 * Welsh text written from English text that later changed is out of date. Beside each Welsh field we keep a
 * fingerprint of the English it was written from (`WelshSources`); a field whose English no longer has that
 * fingerprint is stale and is listed to the officer until the Welsh is rewritten or confirmed.
 */

/** Field name → fingerprint of the English the Welsh was written from. */
export type WelshSources = Record<string, string>;

/** One field in both languages, as saved. */
export type FieldPair = { en: string; cy: string };

/**
 * A fingerprint of English text (cyrb53, 53 bits, as hex). Not a security hash: it only tells whether the English
 * changed, and spaces at either end or between words do not count as a change.
 */
export function englishFingerprint(text: string): string {
  const normalised = text.trim().replace(/\s+/g, " ");
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < normalised.length; i++) {
    const ch = normalised.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, "0");
}

/** The sources of Welsh text written together with its English (a framework draft, a seed, a copy). */
export function sourcesOf(fields: Record<string, FieldPair>): WelshSources {
  const sources: WelshSources = {};
  for (const [field, pair] of Object.entries(fields)) if (pair.cy.trim()) sources[field] = englishFingerprint(pair.en);
  return sources;
}

/**
 * The sources after a save. A field's Welsh counts as written from the English saved with it when the Welsh itself
 * changed, when no source was known, or when the officer confirmed that the Welsh still says what the English says.
 * Welsh left as it was beside changed English keeps its old source, and so shows as stale.
 */
export function stampWelshSources(before: { fields: Record<string, FieldPair>; sources: WelshSources | null }, after: Record<string, FieldPair>, confirmed: boolean): WelshSources {
  const sources: WelshSources = {};
  for (const [field, pair] of Object.entries(after)) {
    if (!pair.cy.trim()) continue;
    const old = before.fields[field];
    const known = before.sources?.[field];
    const rewritten = !old || old.cy.trim() !== pair.cy.trim();
    sources[field] = confirmed || rewritten || !known ? englishFingerprint(pair.en) : known;
  }
  return sources;
}

/** The fields whose Welsh was written from English that has changed since. Empty Welsh is missing, not stale. */
export function staleWelshFields(fields: Record<string, FieldPair>, sources: WelshSources | null): string[] {
  if (!sources) return [];
  return Object.entries(fields)
    .filter(([field, pair]) => pair.cy.trim() && sources[field] !== undefined && sources[field] !== englishFingerprint(pair.en))
    .map(([field]) => field);
}

/** Reads a stored JSON column; anything unreadable counts as no sources known (nothing can be called stale). */
export function parseWelshSources(json: string | null): WelshSources | null {
  if (!json) return null;
  try {
    const value: unknown = JSON.parse(json);
    if (!value || typeof value !== "object" || Array.isArray(value)) return null;
    return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  } catch {
    return null;
  }
}
