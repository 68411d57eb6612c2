import { describe, expect, it } from "vitest";
import { composeMessage, dueReminder, fillSecrets, hideSecrets, messageKinds, messageLanguage, nextAttemptAt, reminderKey, maxAttempts, type MessageParams } from "./index";
import { messagesAwaitingReview } from "./awaiting-review";

const assessment = { title: { en: "Cloud hosting", cy: "Lletya cwmwl" }, reference: "CCC-2026-014", buyer: { en: "Caerwen County Council", cy: "Cyngor Sir Caerwen" } };
const deadline = new Date("2027-03-01T12:00:00Z");

describe("the language of a message", () => {
  it("is the recipient's own language when known", () => {
    expect(messageLanguage("cy", "england")).toBe("cy");
    expect(messageLanguage("en", "wales")).toBe("en");
  });

  it("is both when unknown, Welsh first for a body in Wales", () => {
    expect(messageLanguage(null, "wales")).toBe("cy+en");
    expect(messageLanguage(undefined, "england")).toBe("en+cy");
  });
});

describe("composing a message", () => {
  it("writes a Welsh message wholly in Welsh, with the Welsh title, the buyer's Welsh name and a Welsh date", () => {
    const message = composeMessage("deadline-reminder", { assessment, deadline, reminder: "1-day", link: "https://service.example/responses/a1" }, "cy");
    expect(message.subject).toBe("Yn cau 1 Mawrth 2027 am hanner dydd: Lletya cwmwl (CCC-2026-014)");
    expect(composeMessage("deadline-reminder", { assessment: { ...assessment, title: { en: "Cloud hosting", cy: null } }, deadline, reminder: "1-day", link: "L" }, "cy").subject).toBe("Yn cau 1 Mawrth 2027 am hanner dydd: Cloud hosting (CCC-2026-014)");
    expect(composeMessage("deadline-reminder", { assessment, deadline, reminder: "7-days", link: "L" }, "en").subject).toBe("Closes 1 March 2027 at midday: Cloud hosting (CCC-2026-014)");
    expect(message.body).toContain("1 Mawrth 2027 am hanner dydd");
    expect(message.body).toContain("https://service.example/responses/a1");
    expect(message.body).not.toMatch(/deadline/i);
  });

  it("writes a bilingual message with the first language first and a pointer to the other", () => {
    const message = composeMessage("supplier-invitation", { assessment, deadline, link: "https://service.example/supplier-invitation/{{token}}", byEmail: true }, "cy+en");
    expect(message.subject).toBe("Gwahoddiad i ymateb: Lletya cwmwl (CCC-2026-014) / Invitation to respond: Cloud hosting (CCC-2026-014)");
    expect(message.body.startsWith("Scroll down for English.")).toBe(true);
    expect(message.body.indexOf("Mae Cyngor Sir Caerwen wedi eich gwahodd")).toBeLessThan(message.body.indexOf("Caerwen County Council has invited you"));
    expect(message.body.split("{{token}}")).toHaveLength(3);
  });

  it("reminds an e-mail invitation nobody accepted to use its invitation link, or ask the buyer for a new one, with no link of its own", () => {
    const params: MessageParams["deadline-reminder"] = { assessment, deadline, reminder: "7-days", link: "https://service.example/responses/a1", invitationNotTaken: true };
    const english = composeMessage("deadline-reminder", params, "en").body;
    expect(english).toContain("Caerwen County Council invited you to respond to “Cloud hosting” (CCC-2026-014), but the invitation has not been accepted yet.");
    expect(english).toContain("ask Caerwen County Council to send it again");
    expect(english).not.toContain("https://service.example/responses/a1");
    const welsh = composeMessage("deadline-reminder", params, "cy").body;
    expect(welsh).toContain("Cawsoch eich gwahodd gan Gyngor Sir Caerwen i ymateb");
    expect(welsh).toContain("gofynnwch i Gyngor Sir Caerwen ei anfon eto");
  });

  it("puts the reference and receipt hash in a submission receipt", () => {
    const message = composeMessage("submission-receipt", { assessment, submissionReference: "CCC-2026-014-AB12", receiptHash: "f".repeat(64), submittedAt: deadline, link: "https://x/r" }, "en");
    expect(message.subject).toBe("Response received: CCC-2026-014-AB12");
    expect(message.body).toContain(`Receipt hash (SHA-256): ${"f".repeat(64)}`);
  });

  it("tells an unsuccessful supplier who won and when the standstill period ends", () => {
    const params: MessageParams["outcome"] = { assessment, result: "not-awarded", awardedSupplier: { en: "GreenByte Ltd", cy: null }, decidedOn: "2027-03-01", standstillLastDay: "2027-03-10", link: "https://x/r" };
    const english = composeMessage("outcome", params, "en").body;
    expect(english).toContain("It was awarded to GreenByte Ltd.");
    expect(english).toContain("has decided on “Cloud hosting” (CCC-2026-014) on 1 March 2027.");
    expect(english).toContain("The standstill period ends at the end of 10 March 2027.");
    expect(composeMessage("outcome", { ...params, result: "awarded", awardedSupplier: null, standstillLastDay: null }, "cy").body).toContain("Mae’r contract wedi’i ddyfarnu i’ch sefydliad.");
  });

  it("tells a supplier its contract report is overdue, with the day it was due, in English and Welsh", () => {
    const params: MessageParams["contract-report-due"] = { assessment, contractYear: 2, dueOn: "2027-05-30", reason: "overdue", link: "https://x/c" };
    expect(composeMessage("contract-report-due", params, "en").body).toContain("The year 2 report on the contract “Cloud hosting” (CCC-2026-014) is overdue: it was due by 30 May 2027.");
    expect(composeMessage("contract-report-due", params, "cy").body).toContain("yn hwyr: roedd i fod erbyn 30 Mai 2027.");
  });

  it("has Welsh and English for every kind of message, none of them empty", () => {
    const samples: { [K in keyof MessageParams]: MessageParams[K] } = {
      "member-invitation": { organisation: assessment.buyer, role: "procurement-officer", link: "L", expiresAt: deadline },
      "supplier-invitation": { assessment, deadline, link: "L", byEmail: false },
      "assessment-changed": { assessment, deadline, changes: "C", link: "L" },
      "deadline-extended": { assessment, previousDeadline: deadline, deadline, link: "L" },
      "clarification-answered": { assessment, question: "Q", answer: "A", link: "L" },
      "deadline-reminder": { assessment, deadline, reminder: "7-days", link: "L" },
      "submission-receipt": { assessment, submissionReference: "R", receiptHash: "H", submittedAt: deadline, link: "L" },
      "specialist-added": { assessment, link: "L" },
      "comment-resolved": { assessment, comment: "C", resolution: "R", link: "L" },
      "conflict-decided": { assessment, supplier: { en: "S" }, decision: "excluded", link: "L" },
      "summary-released": { assessment, link: "L" },
      outcome: { assessment, result: "awarded", awardedSupplier: null, decidedOn: "2027-03-01", standstillLastDay: null, link: "L" },
      "password-reset": { link: "L", expiresAt: deadline },
      "contract-report-due": { assessment, contractYear: 2, dueOn: "2027-05-30", reason: "overdue", link: "L" },
      "contract-report-submitted": { assessment, supplier: { en: "S" }, contractYear: 1, reportReference: "R", link: "L" },
      "kpi-queried": { assessment, contractYear: 1, kpi: { en: "Contract emissions", cy: "Allyriadau’r contract" }, reason: "R", link: "L" },
      "kpi-query-answered": { assessment, supplier: { en: "S" }, contractYear: 1, kpi: { en: "Contract emissions", cy: "Allyriadau’r contract" }, reply: "R", link: "L" },
    };
    for (const kind of messageKinds) {
      const english = composeMessage(kind, samples[kind] as never, "en");
      const welsh = composeMessage(kind, samples[kind] as never, "cy");
      expect(english.subject, kind).not.toBe(welsh.subject);
      expect(welsh.body, kind).toContain("Asesu cynaliadwyedd cyflenwyr TGCh");
      expect(english.body, kind).toContain("\n\nL\n\n");
    }
    expect([...messagesAwaitingReview].sort()).toEqual([...messageKinds].sort());
  });
});

describe("deadline reminders", () => {
  const day = 24 * 60 * 60 * 1000;
  it("is due from 7 days before, then from 1 day before, and not after the deadline", () => {
    expect(dueReminder(deadline, new Date(deadline.getTime() - 8 * day))).toBeNull();
    expect(dueReminder(deadline, new Date(deadline.getTime() - 7 * day))).toBe("7-days");
    expect(dueReminder(deadline, new Date(deadline.getTime() - 2 * day))).toBe("7-days");
    expect(dueReminder(deadline, new Date(deadline.getTime() - day))).toBe("1-day");
    expect(dueReminder(deadline, new Date(deadline.getTime() - 1000))).toBe("1-day");
    expect(dueReminder(deadline, deadline)).toBeNull();
  });

  it("gets a new key when the deadline moves, so an extended deadline is reminded again", () => {
    expect(reminderKey("a", deadline, "1-day", "s")).not.toBe(reminderKey("a", new Date(deadline.getTime() + day), "1-day", "s"));
  });
});

describe("delivery", () => {
  const now = new Date("2027-01-01T00:00:00Z");
  it("backs off exponentially up to an hour, then gives up", () => {
    expect(nextAttemptAt(1, now)!.getTime() - now.getTime()).toBe(30_000);
    expect(nextAttemptAt(2, now)!.getTime() - now.getTime()).toBe(60_000);
    expect(nextAttemptAt(9, now)!.getTime() - now.getTime()).toBe(60 * 60 * 1000);
    expect(nextAttemptAt(maxAttempts, now)).toBeNull();
  });

  it("fills link tokens only when sending, and never shows them on the outbox page", () => {
    const text = "Open https://x.example/invitation/{{token}} now";
    expect(fillSecrets(text, { token: "abc" })).toBe("Open https://x.example/invitation/abc now");
    expect(hideSecrets(text, "[link not shown]")).toBe("Open [link not shown] now");
  });
});
