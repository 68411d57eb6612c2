import type { IsoDate } from "../dates";
import { lastOfWorkingDays } from "./working-days";

/** Procurement Act 2023 s.51(2): the mandatory standstill period is eight working days. */
export const STANDSTILL_WORKING_DAYS = 8;

/**
 * The standstill period after an award: eight working days beginning with the day the contract award notice is
 * published (Procurement Act 2023 s.51; working days per s.123). The contract may be entered into from the day after
 * `lastDay`.
 */
export function standstillPeriod(noticeDate: IsoDate): { firstDay: IsoDate; lastDay: IsoDate; workingDays: number } {
  return { firstDay: noticeDate, lastDay: lastOfWorkingDays(noticeDate, STANDSTILL_WORKING_DAYS), workingDays: STANDSTILL_WORKING_DAYS };
}
