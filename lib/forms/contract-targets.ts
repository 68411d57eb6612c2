import { kpiKindInfo, kpiKinds, type KpiKind } from "@/lib/domain/contracts/kpi-kinds";
import { MAX_CONTRACT_YEARS } from "@/lib/domain/contracts/contract-terms";
import { parseFigure } from "./contract-report";
import { accept, refuse, type Parsed } from "./form-state";

// The officer's targets as a form: one box per KPI and contract year, `target_<kind>_<year>`; blank is no target.

export const targetField = (kind: KpiKind, year: number) => `target_${kind}_${year}`;

const fieldPattern = new RegExp(`^target_(${kpiKinds.join("|")})_(\\d{1,2})$`);

/** The target fields a form sent (never more than every KPI for every year). */
export function targetFieldsOf(names: Iterable<string>): string[] {
  return [...new Set([...names].filter((name) => fieldPattern.test(name)))].slice(0, kpiKinds.length * (MAX_CONTRACT_YEARS + 1));
}

export function parseTargets(values: Record<string, string>): Parsed<Partial<Record<KpiKind, (number | null)[]>>> {
  const errors: Record<string, string> = {};
  const targets: Partial<Record<KpiKind, (number | null)[]>> = {};
  for (const [name, text] of Object.entries(values)) {
    const match = fieldPattern.exec(name);
    if (!match) continue;
    const kind = match[1] as KpiKind;
    const year = Number(match[2]);
    if (year < 1 || year > MAX_CONTRACT_YEARS + 1) continue;
    const parsed = parseFigure(text, kpiKindInfo[kind].unit === "percent" ? "percent" : "tonnes");
    if ("error" in parsed) {
      errors[name] = parsed.error;
      continue;
    }
    const list = (targets[kind] ??= []);
    while (list.length < year) list.push(null);
    list[year - 1] = parsed.value ?? null;
  }
  return Object.keys(errors).length > 0 ? refuse(errors) : accept(targets);
}
