import "server-only";
import { publisherPrefix } from "@/lib/export/ocds/release-identity";
import type { Sheet } from "@/lib/export/table/columns";
import { OCDS_EXTENSIONS, OCDS_LICENSE, tenderCriteriaPackage, tenderCriteriaRelease, type OcdsRelease } from "@/lib/export/ocds/tender-criteria";
import { toTenderCriteriaExport } from "@/lib/server/assessments/export-models";
import { loadAssessment } from "@/lib/server/assessments/get-assessment";
import { ocdsContentChangedAt } from "@/lib/server/assessments/record-ocds-release";
import { db } from "@/lib/server/db";

// The open-data feed: the tender criteria of every published assessment whose buyer chose to publish it, as OCDS
// releases, for anyone. Only what the buyer published in the tender (criteria, weights, evidence asked for, the
// conditions of participation); never a response, a score or a draft. Paged in the order buyers chose to publish
// them, so that a new one lands on the last page and a reader paging through never meets one twice or misses one.

export const openDataPublisher = { name: "Assess ICT suppliers' sustainability" };

export type OpenDataPage = { releases: OcdsRelease[]; next: string | null };

/** One page of the feed's releases, and the cursor of the next page (null on the last). */
export async function openDataReleases(query: { limit: number; cursor?: string }, serviceUrl: string, now = new Date()): Promise<OpenDataPage | "bad-cursor"> {
  const after = query.cursor === undefined ? null : readCursor(query.cursor);
  if (after === "bad") return "bad-cursor";
  const open = { status: "published", openData: true, openDataSince: { not: null } } as const;
  const rows = await db.assessment.findMany({
    where: { AND: [open, after ? { OR: [{ openDataSince: { gt: after.since } }, { openDataSince: after.since, id: { gt: after.id } }] } : {}] },
    orderBy: [{ openDataSince: "asc" }, { id: "asc" }],
    take: query.limit + 1,
    select: { id: true, openDataSince: true, organisationId: true },
  });
  const page = rows.slice(0, query.limit);
  const buyers = await db.organisation.findMany({ where: { id: { in: [...new Set(page.map((r) => r.organisationId))] }, kind: "buyer" }, select: { id: true, nameEn: true, nameCy: true, identifierScheme: true, identifierId: true } });
  const buyerOf = new Map(buyers.map((b) => [b.id, b]));
  const releases: OcdsRelease[] = [];
  for (const row of page) {
    // Read again with the same conditions, so that one unpublished meanwhile is left out rather than shown.
    const assessment = await loadAssessment({ id: row.id, ...open });
    const buyer = buyerOf.get(row.organisationId);
    if (!assessment || !buyer) continue;
    const draft = tenderCriteriaRelease(toTenderCriteriaExport(assessment, buyer, now), { ocidPrefix: publisherPrefix(process.env.OCDS_PREFIX), now: now.toISOString() });
    const contentChangedAt = await ocdsContentChangedAt(assessment.id, draft.contentFingerprint, now);
    releases.push(tenderCriteriaPackage(draft, { contentChangedAt: contentChangedAt.toISOString(), uri: `${serviceUrl}/api/v1/ocds/releases` }).releases[0]);
  }
  const last = page[page.length - 1];
  return { releases, next: rows.length > query.limit && last ? writeCursor(last.openDataSince!, last.id) : null };
}

/** What every package of the feed says of itself: OCDS 1.1 with the extensions it uses, who publishes it, the licence. */
const packageOf = (page: OpenDataPage, uri: string, now: Date) => ({
  uri,
  version: "1.1" as const,
  extensions: OCDS_EXTENSIONS,
  publishedDate: latest(page.releases, now),
  publisher: openDataPublisher,
  license: OCDS_LICENSE,
});

/** The feed's package around a page of releases. */
export function releasePackage(page: OpenDataPage, uri: string, next: string | null, now: Date) {
  return { ...packageOf(page, uri, now), releases: page.releases, links: { next } };
}

/** The same page as records: one per contracting process, with its release embedded and compiled (it has one). */
export function recordPackage(page: OpenDataPage, uri: string, releasesUri: string, next: string | null, now: Date) {
  return {
    ...packageOf(page, uri, now),
    packages: [releasesUri],
    records: page.releases.map((release) => ({ ocid: release.ocid, releases: [release], compiledRelease: { ...release, id: `${release.id}-compiled`, tag: ["compiled"] } })),
    links: { next },
  };
}

const latest = (releases: OcdsRelease[], now: Date) => releases.map((r) => r.date).sort().at(-1) ?? now.toISOString();

// The feed's cursors say they are the feed's, so that a cursor from another list is refused rather than followed.
function writeCursor(since: Date, id: string): string {
  return Buffer.from(`feed|${since.toISOString()}|${id}`).toString("base64url");
}

function readCursor(cursor: string): { since: Date; id: string } | "bad" {
  const [kind, time, id, ...rest] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const since = new Date(time ?? "");
  return kind === "feed" && rest.length === 0 && id && /^[a-z0-9]{20,40}$/.test(id) && !Number.isNaN(since.getTime()) ? { since, id } : "bad";
}

/** The same page as CSV, one row per award criterion, in English and Welsh: the flattened view spreadsheets read. */
export function releasesCsv(page: OpenDataPage): Sheet {
  const rows = page.releases.flatMap((release) => {
    // A release's text is in its own language, with the other as `<field>_<language>`.
    const inLanguage = (node: Record<string, unknown>, field: string, language: "en" | "cy") => {
      const value = release.language === language ? node[field] : node[`${field}_${language}`];
      return typeof value === "string" ? value : "";
    };
    const tender = release.tender as unknown as Record<string, unknown> & { status: string; lots: { awardCriteria?: { criteria: Record<string, unknown>[] } }[] };
    const buyer = release.buyer as unknown as Record<string, unknown>;
    return (tender.lots[0]?.awardCriteria?.criteria ?? []).map((criterion) => {
      const numbers = criterion.numbers as { number: number; weight?: string; threshold?: string }[];
      return [
        release.ocid, release.id, release.date,
        inLanguage(buyer, "name", "en"), inLanguage(buyer, "name", "cy"),
        inLanguage(tender, "title", "en"), inLanguage(tender, "title", "cy"), tender.status,
        inLanguage(criterion, "name", "en"), inLanguage(criterion, "name", "cy"),
        numbers.find((n) => n.weight)?.number ?? null, numbers.find((n) => n.threshold)?.number ?? null,
      ];
    });
  });
  const column = (header: string, kind: "text" | "number" = "text") => ({ header, width: 20, kind });
  const text = ["ocid", "release_id", "release_date", "buyer_en", "buyer_cy", "tender_title_en", "tender_title_cy", "tender_status", "award_criterion_en", "award_criterion_cy"];
  return { name: "releases", columns: [...text.map((header) => column(header)), column("weight_percent", "number"), column("minimum_score", "number")], rows };
}
