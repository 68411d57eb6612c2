import { addMonths, compareDates, type IsoDate } from "../dates";

/** The longest contract the service follows: 15 years, longer than any ICT contract the schedule's guidance expects. */
export const MAX_CONTRACT_YEARS = 15;

export type ContractTerms = { startsOn: IsoDate; endsOn: IsoDate; value: number };

/**
 * What is wrong with a contract's dates, as a field and the errors catalogue's key: it cannot start before the award
 * was decided or while the standstill period runs, end before it starts, or run longer than the service follows.
 */
export function contractTermsProblem(terms: Pick<ContractTerms, "startsOn" | "endsOn">, awardedOn: IsoDate, standstillLastDay: IsoDate | null = null): { field: "startsOn" | "endsOn"; key: string } | null {
  if (compareDates(terms.startsOn, awardedOn) < 0) return { field: "startsOn", key: "contractStart.beforeAward" };
  // The contract may not be entered into before the standstill period ends (Procurement Act 2023 s.51).
  if (standstillLastDay && compareDates(terms.startsOn, standstillLastDay) <= 0) return { field: "startsOn", key: "contractStart.inStandstill" };
  if (compareDates(terms.endsOn, terms.startsOn) < 0) return { field: "endsOn", key: "contractEnd.beforeStart" };
  if (compareDates(terms.endsOn, addMonths(terms.startsOn, 12 * MAX_CONTRACT_YEARS)) >= 0) return { field: "endsOn", key: "contractEnd.tooLong" };
  return null;
}
