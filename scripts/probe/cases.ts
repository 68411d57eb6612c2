// Argument lists that attack a server action: another organisation's real ids where the page would bind the
// caller's own, hostile shapes in every bound position, missing and extra arguments.
import { hostileValues } from "./hostile";

/** Real ids to attack with, by what they are. `own` is one of the caller's own ids. */
export type Ids = { own: string; assessment: string; byKind: Record<string, string>; criteria: string[]; membership: string };

/** A well-formed value for a bound argument of the named schema, made from another organisation's records. */
function boundValue(schema: string, ids: Ids, position: number): unknown {
  switch (schema) {
    case "recordId":
      return position === 0 ? ids.assessment : (Object.values(ids.byKind)[position % Object.keys(ids.byKind).length] ?? ids.assessment);
    case "recordVersion":
      return 0;
    case "recordIds":
      return ids.criteria;
    case "scalePoints":
      return [0, 1, 2, 3, 4, 5];
    case "linkToken":
      return "A".repeat(43);
    case "returnPath":
      return "/dashboard";
    case "isoInstant":
      return new Date(Date.now() + 400 * 24 * 60 * 60 * 1000).toISOString();
    case "isoDate":
      return new Date().toISOString().slice(0, 10);
    case "outcomeDecision":
      return "cancelled";
    case "preparedFileKind":
      return "results.xlsx";
    case "awardedSupplierId":
      return ids.byKind["supplier organisation"] ?? "";
    default:
      return true;
  }
}

export type Case = { label: string; args: unknown[]; hostile?: boolean };

/** The argument lists (bound arguments only; the caller appends the form state and form data). */
export function attackCases(schemas: string[], ids: Ids, options: { hostile?: boolean; every?: number } = {}): Case[] {
  const base = schemas.map((schema, position) => boundValue(schema, ids, position));
  const cases: Case[] = [{ label: "another organisation's records", args: base }];
  schemas.forEach((schema, position) => {
    if (schema !== "recordId") return;
    for (const [kind, id] of Object.entries(ids.byKind)) cases.push({ label: `${kind} of another organisation at ${position}`, args: base.with(position, id) });
    if (position === 0 && schemas.length === 1) cases.push({ label: "member of another organisation", args: [ids.membership] });
  });
  if (!options.hostile) return cases;
  for (let position = 0; position <= schemas.length; position += 1) {
    // `every`: a sample of the hostile values, each value still reaching every position across the actions.
    const every = options.every ?? 1;
    for (const [index, value] of hostileValues(ids.own, ids.assessment).entries()) {
      if ((index + position) % every !== 0) continue;
      const args = [...base];
      args[position] = value;
      cases.push({ label: `${JSON.stringify(value)?.slice(0, 40)} at ${position}`, args, hostile: true });
    }
  }
  cases.push({ label: "no arguments", args: [], hostile: true });
  cases.push({ label: "one argument short", args: base.slice(0, -1), hostile: true });
  cases.push({ label: "extra arguments", args: [...base, ids.assessment, { in: [ids.own, ids.assessment] }, null], hostile: true });
  return cases;
}
