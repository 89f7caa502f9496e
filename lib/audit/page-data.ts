import "server-only";
import { searchText } from "@/lib/validation/text";
import { inArray } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { campaigns } from "@/lib/db/schema";
import { allow, refuse, type Caller, type Guarded } from "@/lib/access/guard";
import { isAdmin } from "@/lib/access/permissions";
import { findCampaignBySlug } from "@/lib/access/queries";
import { AUDIT_PAGE_SIZE, listAuditEntries } from "./log";

export type AuditRow = {
  id: number;
  at: Date;
  actorEmail: string;
  action: string;
  campaignSlug: string | null;
  subject: string;
  details: Record<string, unknown>;
};

export type AuditPage = {
  entries: AuditRow[];
  /** The slug filtered on ("" for every campaign), and whether a campaign has it. */
  campaignSlug: string;
  unknownCampaign: boolean;
  /** The `before` of the next, older page; null on the last page. */
  olderBefore: number | null;
};

/** Keyset paging needs a whole positive id; anything else starts from the newest entry. */
function parseBefore(value: string | undefined): number | undefined {
  if (!value || !/^\d{1,15}$/.test(value)) return undefined;
  const before = Number(value);
  return before > 0 ? before : undefined;
}

/** /admin/audit: the audit log, newest first, for admins only. */
export async function loadAuditLog(caller: Caller, options: { campaign?: string; before?: string } = {}): Promise<Guarded<AuditPage>> {
  if (!caller) return refuse("unauthenticated");
  if (!(await isAdmin(caller.id))) return refuse("forbidden");
  const campaignSlug = searchText(options.campaign, 80);
  const campaign = campaignSlug ? await findCampaignBySlug(campaignSlug) : null;
  if (campaignSlug && !campaign) return allow({ entries: [], campaignSlug, unknownCampaign: true, olderBefore: null });

  // One more than a page tells whether an older page exists.
  const found = await listAuditEntries({ campaignId: campaign?.id, before: parseBefore(options.before), limit: AUDIT_PAGE_SIZE + 1 });
  const page = found.slice(0, AUDIT_PAGE_SIZE);
  const campaignIds = [...new Set(page.flatMap((entry) => (entry.campaignId ? [entry.campaignId] : [])))];
  const slugs = new Map(
    campaignIds.length === 0
      ? []
      : (await getDb().select({ id: campaigns.id, slug: campaigns.slug }).from(campaigns).where(inArray(campaigns.id, campaignIds))).map(
          (row) => [row.id, row.slug] as const,
        ),
  );
  return allow({
    entries: page.map((entry) => ({
      id: entry.id,
      at: entry.at,
      actorEmail: entry.actorEmail,
      action: entry.action,
      campaignSlug: entry.campaignId ? (slugs.get(entry.campaignId) ?? null) : null,
      subject: entry.subject,
      details: entry.details,
    })),
    campaignSlug,
    unknownCampaign: false,
    olderBefore: found.length > AUDIT_PAGE_SIZE ? page[page.length - 1].id : null,
  });
}
