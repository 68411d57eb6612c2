// Every row of the database, read-only, for comparing before and after an attack.
import Database from "better-sqlite3";

/** Tables whose rows change without anyone's data changing: the repeated-post guard clears its old keys. */
const transient = new Set(["RepeatedRequest", "SecurityEvent"]);

export type Snapshot = Map<string, string[]>;

export function snapshotDatabase(file: string): Snapshot {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[];
    const snapshot: Snapshot = new Map();
    for (const { name } of tables) {
      if (transient.has(name)) continue;
      const rows = db.prepare(`SELECT * FROM "${name}"`).all() as Record<string, unknown>[];
      snapshot.set(name, rows.map((row) => JSON.stringify(row, (_, value) => (Buffer.isBuffer(value) ? value.toString("hex") : value))).sort());
    }
    return snapshot;
  } finally {
    db.close();
  }
}

/** What differs between two snapshots, one line per added or removed row (empty when nothing changed). */
export function differences(before: Snapshot, after: Snapshot): string[] {
  const lines: string[] = [];
  for (const table of new Set([...before.keys(), ...after.keys()])) {
    const old = new Set(before.get(table) ?? []);
    const now = new Set(after.get(table) ?? []);
    for (const row of old) if (!now.has(row)) lines.push(`${table} − ${row.slice(0, 300)}`);
    for (const row of now) if (!old.has(row)) lines.push(`${table} + ${row.slice(0, 300)}`);
  }
  return lines;
}

/** Reads rows with a query, read-only (ids of another organisation to attack with). */
export function queryRows<T>(file: string, sql: string): T[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}
