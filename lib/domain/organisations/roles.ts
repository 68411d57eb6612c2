// Who may belong to which kind of organisation, and who may manage its members.

export const organisationKinds = ["buyer", "supplier"] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export const nations = ["england", "wales", "scotland", "northern-ireland"] as const;
export type Nation = (typeof nations)[number];

export const buyerRoles = ["procurement-officer", "sustainability-specialist", "organisation-admin"] as const;
export const supplierRoles = ["supplier-contributor", "supplier-admin"] as const;
export const roles = [...buyerRoles, ...supplierRoles] as const;
export type Role = (typeof roles)[number];

export function rolesFor(kind: OrganisationKind): readonly Role[] {
  return kind === "buyer" ? buyerRoles : supplierRoles;
}

export function isRoleAllowed(kind: OrganisationKind, role: string): role is Role {
  return (rolesFor(kind) as readonly string[]).includes(role);
}

export const adminRoles: readonly Role[] = ["organisation-admin", "supplier-admin"];

export function isAdminRole(role: Role): boolean {
  return adminRoles.includes(role);
}

export type MemberChange = { membershipId: string; newRole: Role | null };
export type MemberChangeRefusal = "LAST_ADMIN";

/**
 * An organisation must keep at least one admin: removing or demoting the last one is refused.
 * `members` is every membership of the organisation as it stands.
 */
export function checkMemberChange(members: readonly { id: string; role: Role }[], change: MemberChange): MemberChangeRefusal | null {
  const target = members.find((member) => member.id === change.membershipId);
  if (!target || !isAdminRole(target.role)) return null;
  if (change.newRole !== null && isAdminRole(change.newRole)) return null;
  const admins = members.filter((member) => isAdminRole(member.role));
  return admins.length <= 1 ? "LAST_ADMIN" : null;
}
