import { apiRoute } from "@/lib/http/api/api-route";
import { getEvidenceProfile } from "@/lib/server/evidence/evidence-profile";

/** A supplier's own evidence profile, kept once and copied into its responses (a supplier organisation's token). */
export const GET = apiRoute({ scope: "read" }, async ({ caller }) => {
  const profile = await getEvidenceProfile(caller!.actor);
  if (!profile) return { problem: "not-found", detail: { en: "Only a supplier organisation has an evidence profile.", cy: "Dim ond sefydliad cyflenwi sydd â phroffil tystiolaeth." } };
  return { body: { version: profile.version, updatedAt: profile.updatedAt?.toISOString() ?? null, content: profile.content } };
});
