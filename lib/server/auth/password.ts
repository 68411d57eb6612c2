import "server-only";
import { hash, verify } from "@node-rs/argon2";

// argon2id with the library's defaults (memory 19 MiB, 2 passes), as OWASP recommends.
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  // Verify against a fixed hash when the account has none, so a missing account takes as long as a wrong password.
  const target = passwordHash ?? (await dummyHash);
  const ok = await verify(target, password).catch(() => false);
  return ok && passwordHash !== null;
}

const dummyHash = hash("not-a-real-password-" + crypto.randomUUID());
