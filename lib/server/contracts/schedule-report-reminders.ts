import "server-only";
import { contractYears, reportReminder } from "@/lib/domain/contracts/contract-years";
import { addDays } from "@/lib/domain/dates";
import { londonDay } from "@/lib/domain/responses/deadline";
import { Prisma, type Db } from "@/lib/server/db";
import { dateOfDay, dayOf } from "./access";
import { notifyContractReportDue } from "./contract-events";

/**
 * Queues the contract report reminders due today: 14 days before a year's report is due, and once it is overdue,
 * each once per contract, year and reason (the key), so every worker may run this every minute.
 */
export async function scheduleReportReminders(db: Db, now: Date = new Date()): Promise<number> {
  const today = londonDay(now);
  // Contracts under way, or ended recently enough that their last report is still to come.
  const contracts = await db.contract.findMany({
    where: { startsOn: { lte: dateOfDay(today) }, endsOn: { gte: dateOfDay(addDays(today, -400)) } },
    select: { id: true, assessmentId: true, organisationId: true, supplierOrganisationId: true, startsOn: true, endsOn: true, reports: { where: { status: "submitted" }, select: { contractYear: true } } },
  });
  let queued = 0;
  for (const contract of contracts) {
    const submitted = new Set(contract.reports.map((report) => report.contractYear));
    for (const year of contractYears(dayOf(contract.startsOn), dayOf(contract.endsOn))) {
      const reason = submitted.has(year.year) ? null : reportReminder(year, today);
      if (!reason) continue;
      try {
        queued += await db.$transaction((tx) => notifyContractReportDue(tx, contract, { contractYear: year.year, dueOn: year.reportDue, reason, occasion: year.reportDue }, now));
      } catch (error) {
        // Another worker queued the same reminders at the same moment: theirs stand.
        if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
      }
    }
  }
  return queued;
}
