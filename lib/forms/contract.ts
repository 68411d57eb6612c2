import type { ContractTerms } from "@/lib/domain/contracts/contract-terms";
import { parseDayMonthYear } from "./decision-date";
import { accept, refuse, type Parsed } from "./form-state";

export const contractTermsFields = ["startDay", "startMonth", "startYear", "endDay", "endMonth", "endYear", "value"] as const;

/** Pounds as people write them: "1,250,000", "£1250000"; whole pounds up to £100 billion. */
export function parsePounds(text: string): { pounds: number } | { error: string } {
  const cleaned = text.trim().replace(/^£/, "").replace(/,/g, "").trim();
  if (!cleaned) return { error: "contractValue.required" };
  if (/^\d+\.\d{1,2}$/.test(cleaned)) return { error: "contractValue.pence" };
  if (!/^\d+$/.test(cleaned)) return { error: "contractValue.invalid" };
  const pounds = Number(cleaned);
  if (pounds === 0) return { error: "contractValue.zero" };
  if (pounds > 100_000_000_000) return { error: "contractValue.tooLarge" };
  return { pounds };
}

/** The contract form: start and end as day, month and year, and the value; every problem at once. */
export function parseContractTerms(values: Record<string, string>): Parsed<ContractTerms> {
  const start = parseDayMonthYear(values.startDay ?? "", values.startMonth ?? "", values.startYear ?? "", "contractStart");
  const end = parseDayMonthYear(values.endDay ?? "", values.endMonth ?? "", values.endYear ?? "", "contractEnd");
  const value = parsePounds(values.value ?? "");
  const errors = {
    ...("error" in start ? { startDay: start.error } : {}),
    ...("error" in end ? { endDay: end.error } : {}),
    ...("error" in value ? { value: value.error } : {}),
  };
  if ("error" in start || "error" in end || "error" in value) return refuse(errors);
  return accept({ startsOn: start.date, endsOn: end.date, value: value.pounds });
}
