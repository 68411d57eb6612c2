import { describe, expect, it } from "vitest";
import { verifyAuditChains } from "@/lib/server/audit/verify-audit-chain";
import { AppError } from "@/lib/server/errors";
import { createOrganisation, useTestDatabase } from "@/lib/testing/use-test-database";
import { acceptInvitation, findOpenInvitation } from "./accept-invitation";
import { changeMember } from "./change-member-role";
import { inviteMember } from "./invite-member";
import { getMember, listMembers } from "./list-members";

const t = useTestDatabase();

describe("member management", () => {
  it("lists only the actor's own organisation, and another organisation's member is not found", async () => {
    const a = await createOrganisation(t.db, "buyer", ["organisation-admin", "procurement-officer"]);
    const b = await createOrganisation(t.db, "buyer", ["organisation-admin"]);
    const [adminA] = a.actors;
    const [adminB] = b.actors;
    const { members } = await listMembers(adminA);
    expect(members.map((member) => member.email).sort()).toEqual(a.actors.map((actor) => actor.email).sort());
    const memberOfB = (await listMembers(adminB)).members[0];
    expect(await getMember(adminA, memberOfB.id)).toBeNull();
    expect(await changeMember(adminA, memberOfB.id, "procurement-officer")).toBeNull();
    expect(await changeMember(adminA, memberOfB.id, null)).toBeNull();
    expect((await getMember(adminB, memberOfB.id))?.role).toBe("organisation-admin");
  });

  it("a role chosen again is not a change: it is said so, and nothing is recorded", async () => {
    const { actors } = await createOrganisation(t.db, "buyer", ["organisation-admin", "procurement-officer"]);
    const officer = (await listMembers(actors[0])).members.find((member) => member.role === "procurement-officer")!;
    expect(await changeMember(actors[0], officer.id, "procurement-officer")).toEqual({ name: officer.name, unchanged: true });
    expect(await t.db.auditEvent.count({ where: { organisationId: actors[0].organisationId, action: "member.role-changed" } })).toBe(0);
    expect(await changeMember(actors[0], officer.id, "sustainability-specialist")).toEqual({ name: officer.name, unchanged: false });
    expect(await t.db.auditEvent.count({ where: { organisationId: actors[0].organisationId, action: "member.role-changed" } })).toBe(1);
  });

  it("invites by e-mail: the link works once, creates the account and membership, and is audited", async () => {
    const { actors } = await createOrganisation(t.db, "supplier", ["supplier-admin"]);
    const now = new Date();
    const { token } = await inviteMember(actors[0], { email: "new.colleague@example.com", role: "supplier-contributor" }, now);
    expect(await findOpenInvitation(token)).toMatchObject({ email: "new.colleague@example.com", role: "supplier-contributor" });
    await acceptInvitation(token, { name: "New Colleague", password: "a long passphrase", confirmPassword: "a long passphrase" }, "cy");
    const user = await t.db.user.findUniqueOrThrow({ where: { email: "new.colleague@example.com" }, include: { memberships: true } });
    expect(user.preferredLanguage).toBe("cy");
    expect(user.memberships).toMatchObject([{ organisationId: actors[0].organisationId, role: "supplier-contributor" }]);
    expect(await findOpenInvitation(token)).toBeNull();
    await expect(acceptInvitation(token, { name: "Again", password: "a long passphrase", confirmPassword: "a long passphrase" }, "en")).rejects.toMatchObject({ code: "INVITATION_UNUSABLE" });
    const actions = (await t.db.auditEvent.findMany({ where: { organisationId: actors[0].organisationId }, orderBy: { sequence: "asc" } })).map((event) => event.action);
    expect(actions).toEqual(["member.invited", "member.joined"]);
  });

  it("refuses an expired invitation and a role the organisation kind does not have", async () => {
    const { actors } = await createOrganisation(t.db, "buyer", ["organisation-admin"]);
    const longAgo = new Date(Date.now() - 8 * 24 * 60 * 60 * 1000);
    const { token } = await inviteMember(actors[0], { email: "late@example.gov.uk", role: "procurement-officer" }, longAgo);
    expect(await findOpenInvitation(token)).toBeNull();
    await expect(inviteMember(actors[0], { email: "x@example.gov.uk", role: "supplier-admin" })).rejects.toBeInstanceOf(AppError);
    await expect(inviteMember(actors[0], { email: actors[0].email, role: "procurement-officer" })).rejects.toMatchObject({ code: "ALREADY_MEMBER" });
  });

  it("keeps the last admin, changes roles and removes members, each audited with before and after", async () => {
    const { actors } = await createOrganisation(t.db, "buyer", ["organisation-admin", "procurement-officer"]);
    const [admin, officer] = actors;
    const adminMembership = (await listMembers(admin)).members.find((member) => member.isYou)!;
    const officerMembership = (await listMembers(admin)).members.find((member) => !member.isYou)!;
    await expect(changeMember(admin, adminMembership.id, null)).rejects.toMatchObject({ code: "LAST_ADMIN", messageKey: "member.lastAdminYou" });
    await expect(changeMember(admin, adminMembership.id, "procurement-officer")).rejects.toMatchObject({ code: "LAST_ADMIN" });
    await changeMember(admin, officerMembership.id, "organisation-admin");
    await changeMember(admin, adminMembership.id, null);
    const { members } = await listMembers({ ...officer, role: "organisation-admin" });
    expect(members.map((member) => [member.email, member.role])).toEqual([[officer.email, "organisation-admin"]]);
    const events = await t.db.auditEvent.findMany({ where: { organisationId: admin.organisationId }, orderBy: { sequence: "asc" } });
    expect(events.map((event) => event.action)).toEqual(["member.role-changed", "member.removed"]);
    expect(JSON.parse(events[0].summary)).toEqual({ before: { email: officer.email, role: "procurement-officer" }, after: { email: officer.email, role: "organisation-admin" } });
    expect((await verifyAuditChains(t.db)).broken).toEqual([]);
  });
});
