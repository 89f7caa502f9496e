import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { campaigns, signatures } from "@/lib/db/schema";
import { getEnv } from "@/lib/env";
import { type Locale, localePath } from "@/lib/i18n/routing";
import { shownStatus } from "./shown-status";

// "Download my data" (issue #13): every stored field about the signer, for each signature made with
// the address the link was made for, and nothing about anyone else. Columns are named one by one,
// never `select *`, so a column added later (a hash, a moderation note) does not leak out by
// default. Left out on purpose: the token hashes and the client-address hash (internal, and
// meaningless to the reader), and a hold's details (lib/my-signatures/shown-status.ts says why).

const MAX_SIGNATURES = 500;

export async function exportMyData(emailCanonical: string, locale: Locale) {
  const rows = await getDb()
    .select({
      campaignSlug: campaigns.slug,
      campaignTitle: campaigns.title,
      status: signatures.status,
      email: signatures.email,
      fullName: signatures.fullName,
      country: signatures.country,
      city: signatures.city,
      postcode: signatures.postcode,
      office: signatures.office,
      municipality: signatures.municipality,
      showName: signatures.showName,
      nameHiddenByModerators: signatures.nameHidden,
      comment: signatures.comment,
      commentHiddenByModerators: signatures.commentHidden,
      optInUpdates: signatures.optInUpdates,
      consentedAt: signatures.consentedAt,
      consentVersion: signatures.consentVersion,
      language: signatures.locale,
      statementLanguage: signatures.statementLanguage,
      statementRevision: signatures.statementRevision,
      signedAt: signatures.createdAt,
      confirmedAt: signatures.confirmedAt,
      confirmationLinkExpiresAt: signatures.confirmExpiresAt,
      reminderSentAt: signatures.reminderSentAt,
      verifiedAsElectedOfficialAt: signatures.verifiedAt,
      utmSource: signatures.utmSource,
      utmMedium: signatures.utmMedium,
      utmCampaign: signatures.utmCampaign,
      referrerHost: signatures.referrerHost,
      emailsAfterRepeatedSigning: signatures.repeatNotices,
    })
    .from(signatures)
    .innerJoin(campaigns, eq(campaigns.id, signatures.campaignId))
    .where(and(eq(signatures.emailCanonical, emailCanonical), isNull(campaigns.anonymisedAt)))
    .orderBy(desc(signatures.createdAt), signatures.id)
    .limit(MAX_SIGNATURES);
  const base = getEnv().APP_URL;
  return {
    exportedAt: new Date().toISOString(),
    signatures: rows.map(({ campaignSlug, campaignTitle, status, confirmedAt, ...fields }) => ({
      campaign: { title: campaignTitle, url: `${base}${localePath(locale, `/campaigns/${campaignSlug}`)}` },
      status: shownStatus({ status, confirmedAt }),
      confirmedAt,
      ...fields,
    })),
  };
}
