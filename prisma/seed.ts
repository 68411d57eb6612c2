// Demo organisations and people for trying the service. Run by `npm start` on a database with no organisations
// (SQLite by default; PostgreSQL only with SEED_DEMO_DATA=true). Prints the demo sign-ins every time.
import { hashPassword } from "@/lib/server/auth/password";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { createDb, type Db } from "@/lib/server/db";
import { seedContracts } from "./seed-contracts";
import { seedExampleAssessment } from "./seed-example-assessment";
import { seedScoringJourney } from "./seed-scoring-journey";
import { seedSupplierJourney } from "./seed-supplier-journey";

export const demoPassword = "Demo-password-2026";

type DemoOrganisation = {
  key: string; kind: "buyer" | "supplier"; nameEn: string; nameCy: string | null; nation: string; people: [string, string, string][];
  /** A made-up identifier in a register's format, so the demo's Open Contracting exports name the buyer by one. */
  identifier?: { scheme: string; id: string };
};

export const demoOrganisations: DemoOrganisation[] = [
  {
    key: "caerwen",
    kind: "buyer",
    nameEn: "Caerwen County Council",
    nameCy: "Cyngor Sir Caerwen",
    nation: "wales",
    identifier: { scheme: "GB-PPON", id: "PCWN-2026-DEMO" },
    people: [
      ["Siân Prydderch", "officer@caerwen.example", "procurement-officer"],
      ["Gareth Morgan", "specialist@caerwen.example", "sustainability-specialist"],
      ["Elin Hughes", "admin@caerwen.example", "organisation-admin"],
    ],
  },
  {
    key: "northshire",
    kind: "buyer",
    nameEn: "Northshire Council",
    nameCy: null,
    nation: "england",
    people: [
      ["Priya Shah", "officer@northshire.example", "procurement-officer"],
      ["Tom Bennett", "specialist@northshire.example", "sustainability-specialist"],
      ["Alex Carter", "admin@northshire.example", "organisation-admin"],
    ],
  },
  {
    // A public body whose specialist is granted one Caerwen assessment (shared specialists across organisations).
    key: "afonvalley",
    kind: "buyer",
    nameEn: "Afon Valley Health Board",
    nameCy: "Bwrdd Iechyd Dyffryn Afon",
    nation: "wales",
    people: [["Nia Roberts", "specialist@afonvalley.example", "sustainability-specialist"]],
  },
  {
    key: "greenbyte",
    kind: "supplier",
    nameEn: "Greenbyte Hosting Ltd",
    nameCy: null,
    nation: "england",
    people: [["Jordan Reid", "admin@greenbyte.example", "supplier-admin"]],
  },
  {
    key: "hafod",
    kind: "supplier",
    nameEn: "Hafod Systems Ltd",
    nameCy: null,
    nation: "england",
    people: [["Morgan Hale", "admin@hafodsystems.example", "supplier-admin"]],
  },
  {
    key: "cwmwl",
    kind: "supplier",
    nameEn: "Blue Cloud Ltd",
    nameCy: "Cwmwl Glas Cyf",
    nation: "wales",
    people: [["Rhys Evans", "admin@cwmwlglas.example", "supplier-admin"]],
  },
];

export async function seedDemo(db: Db): Promise<boolean> {
  if ((await db.organisation.count()) > 0) return false;
  const passwordHash = await hashPassword(demoPassword);
  await db.$transaction(async (tx) => {
    const organisationIds: Record<string, string> = {};
    const userIds: Record<string, string> = {};
    for (const organisation of demoOrganisations) {
      const created = await tx.organisation.create({
        data: {
          kind: organisation.kind, nameEn: organisation.nameEn, nameCy: organisation.nameCy, nation: organisation.nation,
          identifierScheme: organisation.identifier?.scheme ?? null, identifierId: organisation.identifier?.id ?? null,
        },
      });
      organisationIds[organisation.key] = created.id;
      for (const [name, email, role] of organisation.people) {
        const user = await tx.user.create({ data: { name, email, passwordHash, preferredLanguage: organisation.nation === "wales" ? "cy" : "en" } });
        userIds[email] = user.id;
        await tx.membership.create({ data: { userId: user.id, organisationId: created.id, role } });
      }
      await recordAuditEvent(tx, { organisationId: created.id, actorOrganisationId: null, actorUserId: null, action: "organisation.seeded", subjectType: "Organisation", subjectId: created.id, after: { nameEn: organisation.nameEn, people: organisation.people.map(([, email, role]) => ({ email, role })) } });
    }
    await seedExampleAssessment(tx, {
      buyer: organisationIds.caerwen,
      officer: userIds["officer@caerwen.example"],
      specialist: userIds["specialist@caerwen.example"],
      suppliers: { greenbyte: organisationIds.greenbyte, cwmwl: organisationIds.cwmwl, hafod: organisationIds.hafod },
      authors: { greenbyte: userIds["admin@greenbyte.example"], cwmwl: userIds["admin@cwmwlglas.example"], hafod: userIds["admin@hafodsystems.example"] },
    });
    await seedSupplierJourney(tx, { organisations: organisationIds, users: userIds });
    await seedScoringJourney(tx, { organisations: organisationIds, users: userIds });
    await seedContracts(tx, {
      buyer: organisationIds.caerwen,
      officer: userIds["officer@caerwen.example"],
      specialist: userIds["specialist@caerwen.example"],
      supplier: organisationIds.greenbyte,
      author: userIds["admin@greenbyte.example"],
      otherSupplier: organisationIds.cwmwl,
      otherAuthor: userIds["admin@cwmwlglas.example"],
    });
  });
  return true;
}

export function demoSignIns(): string {
  const lines = demoOrganisations.flatMap((organisation) => [
    `  ${organisation.nameEn} (${organisation.kind}, ${organisation.nation})`,
    ...organisation.people.map(([name, email, role]) => `    ${email.padEnd(30)} ${role.padEnd(26)} ${name}`),
  ]);
  return [`Demo sign-ins (password for all: ${demoPassword}):`, ...lines].join("\n");
}

async function main() {
  const db = createDb();
  try {
    const created = await seedDemo(db);
    console.log(created ? "Seeded the demo organisations and people, a published, scored example assessment (CCC-2026-014, Caerwen County Council), contracts after the award (CCC-2025-007 in its second year, CCC-2024-022 and CCC-2025-012 with reports overdue) and an award with no contract yet (CCC-2026-019)." : "The database already has organisations; nothing seeded.");
    console.log(demoSignIns());
  } finally {
    await db.$disconnect();
  }
}

if (process.argv[1]?.endsWith("seed.ts")) {
  main().catch((error) => {
    console.error("Seeding failed:", error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
