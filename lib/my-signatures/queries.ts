import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import type { Campaign, Signature } from "@/lib/db/schema";
import { isPublicCampaign } from "@/lib/campaigns/status";
import { chosenTranslation } from "@/lib/i18n/text-versions";
import { isLocale, type Locale } from "@/lib/i18n/routing";
import { hashToken, isWellFormedToken } from "@/lib/signing/tokens";
import { type ShownStatus, shownStatus } from "./shown-status";

// Reads behind "Manage my signatures" (issue #13). Opening the link changes nothing (mail scanners
// open links): these only read. Everything is matched on the canonical address the link was made
// for, so a link never shows another address's signatures; anonymised campaigns never match.

/** One address has at most one signature per campaign; this bounds the page whatever happens. */
const MAX_SIGNATURES = 500;

export type SignerAccess = { emailCanonical: string; locale: Locale };

/** The address a link was made for, while the link works; null for an unknown or expired one. */
export async function findSignerAccess(token: string): Promise<SignerAccess | null> {
  if (!isWellFormedToken(token)) return null;
  const [row] = (await getDb().execute(sql`
    select email_canonical, locale from signer_access_tokens
     where token_hash = ${hashToken(token)} and expires_at > now()`)) as unknown as { email_canonical: string; locale: string }[];
  if (!row) return null;
  return { emailCanonical: row.email_canonical, locale: isLocale(row.locale) ? row.locale : "en" };
}

export type MySignature = {
  id: string;
  campaign: { slug: string; title: string; language: string; public: boolean };
  status: ShownStatus;
  signedAt: Date;
  /** The name as the public list shows it, or null when it is not listed. */
  listedName: string | null;
  comment: string | null;
  optInUpdates: boolean;
};

type Row = {
  id: string;
  status: Signature["status"];
  confirmed_at: string | null;
  created_at: string;
  full_name: string;
  listed: boolean;
  comment: string | null;
  opt_in_updates: boolean;
  slug: string;
  title: string;
  language: string;
  text_revision: number;
  campaign_status: Campaign["status"];
  translated_title: string | null;
  translated_language: string | null;
  source_revision: number | null;
};

/** Every signature made with the address, newest first, each campaign titled in the reader's language where translated. */
export async function listMySignatures(emailCanonical: string, locale: Locale): Promise<MySignature[]> {
  const rows = (await getDb().execute(sql`
    select s.id, s.status, s.confirmed_at, s.created_at, s.full_name, s.comment, s.opt_in_updates,
           (s.show_name and not s.name_hidden) as listed,
           c.slug, c.title, c.language, c.text_revision, c.status as campaign_status,
           t.title as translated_title, t.language as translated_language, t.source_revision
      from signatures s
      join campaigns c on c.id = s.campaign_id
      left join campaign_translations t on t.campaign_id = c.id and t.language = ${locale}
     where s.email_canonical = ${emailCanonical} and c.anonymised_at is null
     order by s.created_at desc, s.id
     limit ${MAX_SIGNATURES}`)) as unknown as Row[];
  return rows.map((row) => {
    const translations =
      row.translated_title !== null
        ? [{ language: row.translated_language ?? locale, title: row.translated_title, sourceRevision: row.source_revision ?? 0 }]
        : [];
    const translation = chosenTranslation({ language: row.language, textRevision: row.text_revision }, translations, locale);
    return {
      id: row.id,
      campaign: {
        slug: row.slug,
        title: translation?.title ?? row.title,
        language: translation?.language ?? row.language,
        public: isPublicCampaign({ status: row.campaign_status }),
      },
      status: shownStatus({ status: row.status, confirmedAt: row.confirmed_at ? new Date(row.confirmed_at) : null }),
      signedAt: new Date(row.created_at),
      listedName: row.listed ? row.full_name : null,
      comment: row.comment,
      optInUpdates: row.opt_in_updates,
    };
  });
}
