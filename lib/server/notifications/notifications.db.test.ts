import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimLeaseMs } from "@/lib/domain/notifications";
import { startMailCatcher } from "@/lib/testing/mail-catcher";
import { createOrganisation, useTestDatabase } from "@/lib/testing/use-test-database";
import { stopJobQueue } from "@/lib/server/background/job-queue";
import { inviteMember } from "@/lib/server/members/invite-member";
import { announceFromThisInstance } from "./announce";
import { deliverDue } from "./deliver";
import { enqueue } from "./enqueue";
import { smtpTransport } from "./transports/smtp";
import type { Transport } from "./transports/transport";

const t = useTestDatabase();
const root = path.resolve(__dirname, "../../..");
let catcher: Awaited<ReturnType<typeof startMailCatcher>>;
let stalled: Awaited<ReturnType<typeof startMailCatcher>>;

beforeAll(async () => {
  catcher = await startMailCatcher();
  stalled = await startMailCatcher({ stall: true });
});
afterAll(async () => {
  await catcher.close();
  await stalled.close();
});

/** The worker as a separate process (`npm run notifications:deliver`), so that it can really be killed. */
function workerProcess(smtpUrl: string) {
  return spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", path.join(root, "scripts/notifications-deliver.ts")], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: t.database.url, SMTP_URL: smtpUrl, NOTIFY_API_KEY: "", NOTIFY_TEMPLATE_ID: "" },
    stdio: "pipe",
  });
}

/** The worker as the server runs it (`npm run notifications:work`): through pg-boss on PostgreSQL, polling on SQLite. */
function runningWorker(smtpUrl: string) {
  const child = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", path.join(root, "scripts/notifications-work.ts")], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: t.database.url, SMTP_URL: smtpUrl, NOTIFY_API_KEY: "", NOTIFY_TEMPLATE_ID: "", NOTIFICATIONS_POLL_MS: "250" },
    stdio: "pipe",
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const started = waitFor(async () => output.includes("worker started"), 30_000);
  const stopped = new Promise((resolve) => child.once("exit", resolve));
  return { started, output: () => output, stop: async () => (child.kill("SIGTERM"), await stopped) };
}

async function waitFor<T>(read: () => Promise<T | null | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value) return value;
    if (Date.now() > until) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("the notification outbox", () => {
  it("queues a message in the same transaction as the change: a change rolled back leaves no message", async () => {
    const { organisation } = await createOrganisation(t.db, "buyer", ["organisation-admin"]);
    await expect(
      t.db.$transaction(async (tx) => {
        await enqueue(tx, { key: "rolled-back", kind: "password-reset", params: { link: "http://localhost/x", expiresAt: new Date() }, recipient: { email: "gone@example.gov.uk", organisationId: organisation.id } });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await t.db.outboxMessage.count({ where: { idempotencyKey: { startsWith: "rolled-back" } } })).toBe(0);
  });

  it("queues one message per event and recipient, however often the event is reported", async () => {
    const message = { key: "event-1", kind: "password-reset" as const, params: { link: "http://localhost/x", expiresAt: new Date() }, recipient: { email: "once@example.gov.uk" } };
    expect(await t.db.$transaction((tx) => enqueue(tx, message))).toBe(true);
    expect(await t.db.$transaction((tx) => enqueue(tx, message))).toBe(false);
    expect(await t.db.outboxMessage.count({ where: { recipientEmail: "once@example.gov.uk" } })).toBe(1);
  });

  it("delivers exactly once when the worker is killed between the change and the delivery", async () => {
    await t.db.outboxMessage.deleteMany();
    const { actors } = await createOrganisation(t.db, "buyer", ["organisation-admin"]);
    const invited = `killed-worker.${Date.now()}@example.gov.uk`;
    const { invitationId, token } = await inviteMember(actors[0], { email: invited, role: "procurement-officer" });
    // The invitation and its message were written together.
    const queued = await t.db.outboxMessage.findFirstOrThrow({ where: { recipientEmail: invited } });
    expect(queued).toMatchObject({ status: "pending", kind: "member-invitation" });
    expect(queued.body).not.toContain(token);
    expect(await t.db.invitation.count({ where: { id: invitationId } })).toBe(1);

    // A worker claims the message, starts sending to a provider that never answers, and is killed.
    const worker = workerProcess(stalled.url);
    const claimed = await waitFor(async () => {
      const row = await t.db.outboxMessage.findUniqueOrThrow({ where: { id: queued.id } });
      return row.status === "sending" && row;
    });
    worker.kill("SIGKILL");
    await new Promise((resolve) => worker.once("exit", resolve));
    expect(claimed.attempts).toBe(1);
    expect(catcher.mails.filter((mail) => mail.to.includes(invited))).toHaveLength(0);

    // Restarted before the claim's lease has passed: the message is left to the (presumed) live worker.
    const transport = smtpTransport(catcher.url, "Service <no-reply@service.example>");
    expect((await deliverDue(t.db, transport)).sent).toBe(0);

    // After the lease: delivered once, with the link that works; further passes send nothing more.
    const later = () => new Date(Date.now() + claimLeaseMs + 1000);
    expect((await deliverDue(t.db, transport, later)).sent).toBe(1);
    expect((await deliverDue(t.db, transport, later)).sent).toBe(0);
    const mails = catcher.mails.filter((mail) => mail.to.includes(invited));
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain(`/invitation/${token}`);
    expect(mails[0].messageId).toBe(`<${queued.id}@service.example>`);
    const sent = await t.db.outboxMessage.findUniqueOrThrow({ where: { id: queued.id } });
    expect(sent).toMatchObject({ status: "sent", transport: "smtp", secrets: null, attempts: 2 });
  });

  it("delivers once when two workers run at the same time, and retries a failed delivery later", async () => {
    await t.db.outboxMessage.deleteMany();
    const email = `two-workers.${Date.now()}@example.gov.uk`;
    await t.db.$transaction((tx) => enqueue(tx, { key: "two-workers", kind: "password-reset", params: { link: "http://localhost/reset/{{token}}", expiresAt: new Date() }, recipient: { email }, secrets: { token: "abc" } }));
    const sent: string[] = [];
    const slow: Transport = { name: "smtp", send: async (envelope) => { await new Promise((resolve) => setTimeout(resolve, 200)); sent.push(envelope.body); return null; } };
    const reports = await Promise.all([deliverDue(t.db, slow), deliverDue(t.db, slow), deliverDue(t.db, slow)]);
    expect(reports.reduce((total, report) => total + report.sent, 0)).toBe(1);
    expect(sent.filter((body) => body.includes("/reset/abc"))).toHaveLength(1);

    const failing = `failing.${Date.now()}@example.gov.uk`;
    await t.db.$transaction((tx) => enqueue(tx, { key: "failing", kind: "password-reset", params: { link: "http://localhost/r", expiresAt: new Date() }, recipient: { email: failing } }));
    const refusing: Transport = { name: "smtp", send: async () => { throw new Error("421 try later"); } };
    expect((await deliverDue(t.db, refusing)).retried).toBe(1);
    const waiting = await t.db.outboxMessage.findFirstOrThrow({ where: { recipientEmail: failing } });
    expect(waiting).toMatchObject({ status: "pending", attempts: 1, lastError: "421 try later" });
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    expect((await deliverDue(t.db, refusing)).retried).toBe(0); // not due yet
  });

  it("delivers each message once through two running workers, soon after it is queued", async () => {
    await t.db.outboxMessage.deleteMany();
    // This process announces what it queues, as an app instance does (through pg-boss on PostgreSQL).
    announceFromThisInstance();
    const workers = [runningWorker(catcher.url), runningWorker(catcher.url)];
    try {
      await Promise.all(workers.map((worker) => worker.started));
      const run = Date.now();
      const emails = Array.from({ length: 12 }, (_, i) => `running-${run}-${i}@example.gov.uk`);
      for (const [i, email] of emails.entries()) {
        await t.db.$transaction((tx) => enqueue(tx, { key: `running-${run}-${i}`, kind: "password-reset", params: { link: "http://localhost/r", expiresAt: new Date() }, recipient: { email } }));
      }
      await waitFor(async () => (await t.db.outboxMessage.count({ where: { recipientEmail: { in: emails }, status: "sent" } })) === emails.length, 30_000);
      for (const email of emails) expect(catcher.mails.filter((mail) => mail.to.includes(email))).toHaveLength(1);
      const sent = await t.db.outboxMessage.findMany({ where: { recipientEmail: { in: emails } }, select: { createdAt: true, sentAt: true, attempts: true } });
      // Announced, not left to the minute's sweep: each is out within seconds, at the first attempt.
      for (const row of sent) expect(row.sentAt!.getTime() - row.createdAt.getTime()).toBeLessThan(15_000);
      expect(sent.every((row) => row.attempts === 1)).toBe(true);
      if (t.database.provider === "postgres") expect(workers[0].output() + workers[1].output()).toContain("announced through pg-boss");
    } finally {
      await Promise.all(workers.map((worker) => worker.stop()));
      await stopJobQueue();
    }
  });
});
