import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

const bytea = customType<{ data: Buffer; driverData: Buffer }>({
  dataType: () => "bytea",
});

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();

// ---------------------------------------------------------------------------------------------
// Documented events: what happened, who spoke, what they called for, and the sources saying so.

export const events = pgTable(
  "events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull().unique(),
    title: text("title").notNull(),
    // The language its texts are written in (issue #12): pages in another language mark them so.
    language: text("language").notNull().default("en"),
    occurredOn: date("occurred_on"),
    dateNote: text("date_note").notNull(),
    place: text("place").notNull(),
    placeNote: text("place_note"),
    host: text("host").notNull(),
    summary: text("summary").notNull(),
    // Counts edits of its title, summary and calls' wording: a translation made from an earlier one is outdated.
    textRevision: integer("text_revision").notNull().default(1),
    // The organizer who created it (null for seeded events and for users since removed).
    createdBy: uuid("created_by"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [check("events_language_known", sql`${table.language} in ('en', 'fr', 'fa')`)],
);

/** Who a call is on and what it asks, in another language; null keeps the report's words. */
export type CallWording = { target: string | null; action: string | null };

// An event's title, summary and calls' wording in another language than the one it was written in
// (issue #12). Speakers' words, calls' quotes and sources stay in their reports' language.
export const eventTranslations = pgTable(
  "event_translations",
  {
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    language: text("language").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull(),
    // One per call to action, in their order (event_calls_to_action.position).
    calls: jsonb("calls").$type<CallWording[]>().notNull().default([]),
    sourceRevision: integer("source_revision").notNull(),
    updatedBy: uuid("updated_by"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    primaryKey({ columns: [table.eventId, table.language] }),
    check("event_translations_language_known", sql`${table.language} in ('en', 'fr', 'fa')`),
  ],
);

export const eventSpeakers = pgTable(
  "event_speakers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    name: text("name").notNull(),
    role: text("role").notNull(),
  },
  (table) => [index("event_speakers_event_idx").on(table.eventId, table.position)],
);

export const eventSources = pgTable(
  "event_sources",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    title: text("title").notNull(),
    publisher: text("publisher"),
    publishedOn: date("published_on"),
    url: text("url"),
    text: text("text"),
    note: text("note"),
  },
  (table) => [index("event_sources_event_idx").on(table.eventId, table.position)],
);

export const eventCallsToAction = pgTable(
  "event_calls_to_action",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    speaker: text("speaker"),
    target: text("target").notNull(),
    action: text("action").notNull(),
    quote: text("quote").notNull(),
  },
  (table) => [index("event_calls_to_action_event_idx").on(table.eventId, table.position)],
);

// ---------------------------------------------------------------------------------------------
// Campaigns and the documented offline tallies counted alongside online signatures.

export const campaignKind = pgEnum("campaign_kind", ["petition", "declaration"]);
export const campaignStatus = pgEnum("campaign_status", ["draft", "open", "closed", "archived"]);
/** What came of a campaign, in the order it usually happens. Each is announced by a public update. */
export const campaignOutcome = pgEnum("campaign_outcome", ["delivered", "response", "won"]);

/**
 * Whether signing asks the browser for a proof of work (issue #13, lib/proof-of-work): never, always,
 * or while the campaign's signing velocity is past a threshold (`proof_of_work_until`).
 */
export const proofOfWorkMode = pgEnum("proof_of_work_mode", ["off", "on", "automatic"]);

/** Whether the sign form asks for a detail, and whether the signer must give it. */
export type SignerFieldRule = "required" | "optional" | "off";

/**
 * The details a campaign asks of its signers, as stored in `signer_fields`. Here with the column,
 * like InvalidationFilter, so lib/ and the seed data read it from below (issue #10).
 */
export type SignerFields = {
  country: SignerFieldRule;
  city: SignerFieldRule;
  postcode: SignerFieldRule;
  office: SignerFieldRule;
  municipality: SignerFieldRule;
};

export const campaigns = pgTable(
  "campaigns",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull().unique(),
    kind: campaignKind("kind").notNull(),
    status: campaignStatus("status").notNull().default("draft"),
    title: text("title").notNull(),
    // The language of its authoritative text (issue #12): pages in another language mark it so.
    language: text("language").notNull().default("en"),
    summary: text("summary").notNull(),
    statement: text("statement").notNull(),
    decisionMakers: jsonb("decision_makers").$type<string[]>().notNull(),
    goal: integer("goal").notNull(),
    eventId: uuid("event_id").references(() => events.id, { onDelete: "set null" }),
    signerFields: jsonb("signer_fields").$type<SignerFields>().notNull(),
    listNamesPublicly: boolean("list_names_publicly").notNull().default(true),
    opensAt: timestamp("opens_at", { withTimezone: true }),
    closesAt: timestamp("closes_at", { withTimezone: true }),
    // Targets after the goal, ascending; empty means "double the last one" (see lib/tallies/milestones.ts).
    milestones: jsonb("milestones").$type<number[]>().notNull().default([]),
    // Counts edits of the authoritative text (title, summary, statement, decision makers): a
    // translation made from an earlier revision is outdated (campaign_translations.source_revision).
    textRevision: integer("text_revision").notNull().default(1),
    featuredImageUrl: text("featured_image_url"),
    featuredImageAlt: text("featured_image_alt"),
    /** The furthest outcome reached so far, or null. */
    outcome: campaignOutcome("outcome"),
    createdBy: uuid("created_by"),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    // Privacy (issue #13): signers' personal data is anonymised this many months after the campaign
    // closes; a declaration may keep its public list of signatories who chose to be listed.
    retentionMonths: smallint("retention_months").notNull().default(6),
    keepPublicList: boolean("keep_public_list").notNull().default(false),
    anonymisedAt: timestamp("anonymised_at", { withTimezone: true }),
    // Fraud defenses (issue #13): the owners' choice, and, in "automatic" mode, until when a surge
    // switched the proof of work on (pushed later while the surge lasts).
    proofOfWork: proofOfWorkMode("proof_of_work").notNull().default("off"),
    proofOfWorkUntil: timestamp("proof_of_work_until", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    check("campaigns_retention_months_range", sql`${table.retentionMonths} between 1 and 60`),
    check("campaigns_language_known", sql`${table.language} in ('en', 'fr', 'fa')`),
  ],
);

// A campaign's text in another language than its authoritative one (issue #12), written by its
// organizers. Made from the authoritative text at `source_revision`; outdated once the campaign's
// text_revision is past it.
export const campaignTranslations = pgTable(
  "campaign_translations",
  {
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    language: text("language").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull(),
    statement: text("statement").notNull(),
    decisionMakers: jsonb("decision_makers").$type<string[]>().notNull(),
    sourceRevision: integer("source_revision").notNull(),
    updatedBy: uuid("updated_by"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    primaryKey({ columns: [table.campaignId, table.language] }),
    check("campaign_translations_language_known", sql`${table.language} in ('en', 'fr', 'fa')`),
  ],
);

// Public updates on a campaign page: news, and the outcomes (delivered, response received, won).
export const campaignUpdateKind = pgEnum("campaign_update_kind", ["news", "delivered", "response", "won"]);

export const campaignUpdates = pgTable(
  "campaign_updates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    kind: campaignUpdateKind("kind").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    // The language it was written in (issue #12); translations in campaign_update_translations.
    language: text("language").notNull().default("en"),
    authorId: uuid("author_id"),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull().defaultNow(),
    // A "delivered" outcome may name the delivery pack that was handed over (issue #14).
    snapshotId: uuid("snapshot_id").references(() => campaignSnapshots.id, { onDelete: "set null" }),
  },
  (table) => [
    index("campaign_updates_campaign_idx").on(table.campaignId, table.publishedAt.desc()),
    check("campaign_updates_language_known", sql`${table.language} in ('en', 'fr', 'fa')`),
  ],
);

// An update's title and body in another language than it was written in (issue #12). An update is
// never edited once published, so a translation cannot fall behind it.
export const campaignUpdateTranslations = pgTable(
  "campaign_update_translations",
  {
    updateId: uuid("update_id")
      .notNull()
      .references(() => campaignUpdates.id, { onDelete: "cascade" }),
    language: text("language").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    updatedBy: uuid("updated_by"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    primaryKey({ columns: [table.updateId, table.language] }),
    check("campaign_update_translations_language_known", sql`${table.language} in ('en', 'fr', 'fa')`),
  ],
);

export const offlineTallies = pgTable(
  "offline_tallies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    count: integer("count").notNull(),
    description: text("description").notNull(),
    sourceTitle: text("source_title").notNull(),
    sourceUrl: text("source_url"),
    sourceDate: date("source_date"),
    /** The file name of a CSV import of paper signatures (their rows are in offline_signatures), else null. */
    importedFrom: text("imported_from"),
    createdBy: uuid("created_by"),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("offline_tallies_campaign_idx").on(table.campaignId), check("offline_tallies_count_positive", sql`${table.count} > 0`)],
);

// Paper signatures imported from a CSV file, one row each; their tally is the offline_tallies row.
export const offlineSignatures = pgTable(
  "offline_signatures",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tallyId: uuid("tally_id")
      .notNull()
      .references(() => offlineTallies.id, { onDelete: "cascade" }),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    /** The line of the CSV file it came from (header = line 1). */
    line: integer("line").notNull(),
    fullName: text("full_name").notNull(),
    country: text("country"),
    city: text("city"),
    postcode: text("postcode"),
    office: text("office"),
    municipality: text("municipality"),
    // The INSEE code of a French signer's commune, when the municipality names exactly one (issue #14).
    communeCode: text("commune_code"),
    signedOn: date("signed_on"),
  },
  (table) => [index("offline_signatures_tally_idx").on(table.tallyId), index("offline_signatures_campaign_idx").on(table.campaignId)],
);

// ---------------------------------------------------------------------------------------------
// Signatures. A row is pending until its owner confirms by email; withdrawal deletes the row.
// Tokens are kept only as SHA-256 hashes.

// "invalidated": set aside by organizers' moderation (see signature_invalidations); not counted, not
// listed, and restored to its former status if the invalidation is undone.
// "held" (issue #13, fraud defenses): accepted like any other, but past a velocity rule; not counted,
// not listed, until an organizer releases it (back to pending, or to confirmed if its owner confirmed
// meanwhile: confirmed_at says which) or invalidates it.
export const signatureStatus = pgEnum("signature_status", ["pending", "confirmed", "invalidated", "held"]);

export const signatures = pgTable(
  "signatures",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    status: signatureStatus("status").notNull().default("pending"),
    email: text("email").notNull(),
    emailCanonical: text("email_canonical").notNull(),
    fullName: text("full_name").notNull(),
    country: text("country"),
    city: text("city"),
    postcode: text("postcode"),
    office: text("office"),
    municipality: text("municipality"),
    communeCode: text("commune_code"),
    showName: boolean("show_name").notNull(),
    // Shown beside the name on the public list, only when the signer chose to be listed.
    comment: text("comment"),
    // Set by organizers for an elected official whose signature they checked ("notable signatories").
    verifiedAt: timestamp("verified_at", { withTimezone: true }),
    // Where the signer came from, for the organizers' "by source" figures: the utm_* tags of the
    // page they signed on, and the host (never the full address) of the site that sent them there.
    utmSource: text("utm_source"),
    utmMedium: text("utm_medium"),
    utmCampaign: text("utm_campaign"),
    referrerHost: text("referrer_host"),
    // HMAC (keyed with AUTH_SECRET) of the client address the signature came from, for moderation
    // filters; the address itself is never stored.
    ipHash: bytea("ip_hash"),
    // Moderation: hide the public name or the comment without touching the signature's count.
    nameHidden: boolean("name_hidden").notNull().default(false),
    commentHidden: boolean("comment_hidden").notNull().default(false),
    invalidationId: uuid("invalidation_id").references(() => signatureInvalidations.id, { onDelete: "set null" }),
    /** The status before an invalidation, restored by undoing it. */
    statusBeforeInvalidation: signatureStatus("status_before_invalidation"),
    // Why and when the signature was held (issue #13); kept after release, for the integrity report.
    heldReason: text("held_reason"),
    heldAt: timestamp("held_at", { withTimezone: true }),
    releasedAt: timestamp("released_at", { withTimezone: true }),
    optInUpdates: boolean("opt_in_updates").notNull(),
    // When the signer gave their explicit consent: on the sign form, or (for an OSDI client that
    // sends no consent, issue #13) on the confirmation page. Null until then, and such a signature
    // cannot be confirmed: nothing counts without consent.
    consentedAt: timestamp("consented_at", { withTimezone: true }),
    // The version of the consent text the signer agreed to (lib/signing/consent.ts), null for
    // signatures from before it was recorded and for paper signatures.
    consentVersion: text("consent_version"),
    // When the one reminder to confirm was sent (issue #13): never a second.
    reminderSentAt: timestamp("reminder_sent_at", { withTimezone: true }),
    confirmTokenHash: bytea("confirm_token_hash"),
    confirmExpiresAt: timestamp("confirm_expires_at", { withTimezone: true }),
    withdrawTokenHash: bytea("withdraw_token_hash").notNull(),
    // Which tally shard this signature was counted in, so withdrawal takes it back from the same row.
    tallyShard: smallint("tally_shard"),
    // Emails sent to the owner when someone signs again with their address, capped per day.
    repeatNotices: smallint("repeat_notices").notNull().default(0),
    repeatNoticesSince: timestamp("repeat_notices_since", { withTimezone: true }),
    // The language the signer signed in (issue #12): every later email to them is written in it.
    locale: text("locale").notNull().default("en"),
    // The version of the statement the signer was shown: its language (the authoritative one, or
    // a translation into theirs) and the authoritative text's revision it was made from. Null for
    // signatures from before these were recorded, and for paper signatures.
    statementLanguage: text("statement_language"),
    statementRevision: integer("statement_revision"),
    createdAt: createdAt(),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
  },
  (table) => [
    // Also how "Manage my signatures" (issue #13) finds an address's signatures: one probe per
    // campaign (tests/integration/explain-100k.test.ts), rather than a second index that every
    // signature would pay for when it is written.
    uniqueIndex("signatures_campaign_email_unique").on(table.campaignId, table.emailCanonical),
    uniqueIndex("signatures_confirm_token_unique").on(table.confirmTokenHash),
    uniqueIndex("signatures_withdraw_token_unique").on(table.withdrawTokenHash),
    // The public list of signatories: listed, confirmed, verified officials first, newest first, in
    // exactly the order, and under exactly the condition, of lib/signatory-list/queries.ts.
    index("signatures_public_list_idx")
      .on(table.campaignId, sql`(${table.verifiedAt} is not null) desc`, table.confirmedAt.desc(), table.id.desc())
      .where(sql`${table.status} = 'confirmed' and ${table.showName} and not ${table.nameHidden}`),
    index("signatures_invalidation_idx").on(table.invalidationId).where(sql`${table.invalidationId} is not null`),
    index("signatures_campaign_created_idx").on(table.campaignId, table.createdAt),
    // The velocity rules (lib/velocity/rules.ts, issue #13) count a client's and an email domain's
    // recent signatures on every signature: each count is a short range scan of one of these. Each
    // keys on one expression joining the campaign to the client or the domain, which no other index
    // holds, so that stale statistics cannot send the counts through another index (rules.ts).
    index("signatures_velocity_client_idx")
      .on(sql`(uuid_send(${table.campaignId}) || ${table.ipHash})`, table.createdAt)
      .where(sql`${table.ipHash} is not null`),
    index("signatures_velocity_domain_idx").on(sql`(${table.campaignId}::text || split_part(${table.emailCanonical}, '@', -1))`, table.createdAt),
    // Signatures ever held (issue #13), for the moderation page's "Held" section and the integrity
    // report's held and released figures: few rows, found without reading the campaign's others. Not
    // `status = 'held'`: that literal cannot appear in an index of the migration that adds it; held_at
    // stays set after release, status tells them apart.
    index("signatures_held_idx").on(table.campaignId, table.heldAt).where(sql`${table.heldAt} is not null`),
    index("signatures_public_name_search_idx")
      .using("gin", sql`lower(${table.fullName}) gin_trgm_ops`)
      .where(sql`${table.status} = 'confirmed' and ${table.showName}`),
    check("signatures_locale_known", sql`${table.locale} in ('en', 'fr', 'fa')`),
    // Anonymised (issue #13, lib/privacy/anonymisation.ts): the columns stay not null (code reads
    // them), so an anonymised row has an empty email, a canonical key no address canonicalises to
    // ('anonymised:' and its id: unique, no '@'), and no opt-in: nothing can mail, export or match it.
    check(
      "signatures_anonymised_shape",
      sql`(${table.email} = '') = (${table.emailCanonical} like 'anonymised:%') and not (${table.email} = '' and ${table.optInUpdates})`,
    ),
    // The sweeps of lib/privacy/unconfirmed.ts: signatures due a reminder, and unconfirmed ones whose
    // link has expired. Partial, so they hold only the unconfirmed few, never the counted many.
    index("signatures_reminder_due_idx").on(table.createdAt).where(sql`${table.confirmedAt} is null and ${table.reminderSentAt} is null`),
    index("signatures_unconfirmed_expiry_idx").on(table.confirmExpiresAt).where(sql`${table.confirmedAt} is null`),
  ],
);

// Confirmation links emailed after the first, for now the reminder (issue #13): the first link
// stays in signatures.confirm_token_hash (a first signature is still one INSERT, and confirming from
// the first email one index lookup), so the reminder's new link adds a row here instead of replacing
// it, and both links work until the signature's confirm_expires_at. Deleting the signature (withdrawal,
// expiry) deletes them by the cascade; anonymisation deletes them too.
export const signatureConfirmTokens = pgTable(
  "signature_confirm_tokens",
  {
    tokenHash: bytea("token_hash").primaryKey(),
    signatureId: uuid("signature_id")
      .notNull()
      .references(() => signatures.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (table) => [index("signature_confirm_tokens_signature_idx").on(table.signatureId)],
);

// Links to "Manage my signatures" (issue #13): a signer asks at /signatures/manage and is emailed a
// link that shows every signature made with the address, for a short while. Only the SHA-256 hash
// of its token is kept; the link may be opened several times (mail scanners open it too) until it
// expires. Expired rows are pruned (lib/my-signatures/mutations.ts).
export const signerAccessTokens = pgTable(
  "signer_access_tokens",
  {
    tokenHash: bytea("token_hash").primaryKey(),
    emailCanonical: text("email_canonical").notNull(),
    // The language the link was asked for in: the page it opens speaks it.
    locale: text("locale").notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    index("signer_access_tokens_expires_idx").on(table.expiresAt),
    check("signer_access_tokens_locale_known", sql`${table.locale} in ('en', 'fr', 'fa')`),
  ],
);

// Withdrawal links emailed after the first (issue #13, finding 13). Someone re-entering a signer's
// address makes us email the owner a fresh link; replacing the stored hash would have let any third
// party kill the link in every earlier email, so later links are added here instead. The first stays
// in signatures.withdraw_token_hash: a first signature is still one INSERT. Withdrawal deletes the
// signature and, by the cascade, every link it ever had. At most WITHDRAWAL_TOKENS_KEPT rows per
// signature (lib/signing/withdrawal-tokens.ts).
export const signatureWithdrawalTokens = pgTable(
  "signature_withdrawal_tokens",
  {
    tokenHash: bytea("token_hash").primaryKey(),
    signatureId: uuid("signature_id")
      .notNull()
      .references(() => signatures.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  // The cascade on withdrawal and the pruning of the oldest both look a signature's links up.
  (table) => [index("signature_withdrawal_tokens_signature_idx").on(table.signatureId, table.createdAt)],
);

// The confirmed-signature count of a campaign, spread over a few rows so that many confirmations
// a second on one campaign do not all wait on one row lock. Reading a count sums a handful of rows.
export const TALLY_SHARDS = 32;

export const tallyShards = pgTable(
  "tally_shards",
  {
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    shard: smallint("shard").notNull(),
    confirmed: bigint("confirmed", { mode: "number" }).notNull().default(0),
    updatedAt: updatedAt(),
  },
  (table) => [primaryKey({ columns: [table.campaignId, table.shard] })],
);

// Confirmed signatures of a campaign broken down by country, by office (the signer category of a
// declaration), by day of confirmation and by source (utm_source, else the referring host), sharded like the tally and kept in the same statements,
// so breakdowns are exact and never scan signatures.
// And by the language the signer signed in (issue #12), and by the département and region of a French
// official's commune (issue #14, looked up from signatures.commune_code in the communes table).
export const BREAKDOWN_DIMENSIONS = ["country", "office", "day", "source", "language", "departement", "region"] as const;
export type BreakdownDimension = (typeof BREAKDOWN_DIMENSIONS)[number];

export const tallyBreakdowns = pgTable(
  "tally_breakdowns",
  {
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    dimension: text("dimension").$type<BreakdownDimension>().notNull(),
    key: text("key").notNull(),
    shard: smallint("shard").notNull(),
    confirmed: integer("confirmed").notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.campaignId, table.dimension, table.key, table.shard] })],
);

// ---------------------------------------------------------------------------------------------
// French communes, départements and regions (issue #14), from @etalab/decoupage-administratif,
// loaded at start-up by lib/communes/mutations.ts. A row the newer data no longer has (a commune
// merged into another) is kept and marked retired: signatures that name it keep their département,
// so taking them out of the counters takes them from where they were counted.

export const regions = pgTable("regions", {
  code: text("code").primaryKey(),
  name: text("name").notNull(),
  dataVersion: text("data_version").notNull(),
});

export const departements = pgTable("departements", {
  code: text("code").primaryKey(),
  name: text("name").notNull(),
  regionCode: text("region_code").notNull(),
  dataVersion: text("data_version").notNull(),
});

export const communes = pgTable(
  "communes",
  {
    /** The INSEE code (code officiel géographique): "75056", "2A004", "97411". */
    code: text("code").primaryKey(),
    name: text("name").notNull(),
    /** The name as searched (lib/communes/search-key.ts): no accents, case or punctuation. */
    searchName: text("search_name").notNull(),
    departementCode: text("departement_code").notNull(),
    regionCode: text("region_code").notNull(),
    /** "commune" or "arrondissement" (municipal district of Paris, Lyon or Marseille). */
    kind: text("kind").notNull(),
    /** For an arrondissement, its commune's code. */
    parentCode: text("parent_code"),
    population: integer("population"),
    /** The version of the data package that last listed it. */
    dataVersion: text("data_version").notNull(),
    retiredAt: timestamp("retired_at", { withTimezone: true }),
  },
  (table) => [
    // Prefix search (`search_name like 'saint d%'`) and exact lookups, current communes only.
    index("communes_search_idx").on(table.searchName.op("text_pattern_ops")).where(sql`${table.retiredAt} is null`),
    check("communes_kind_known", sql`${table.kind} in ('commune', 'arrondissement')`),
  ],
);

/** Which version of each reference data set is loaded: a newer package is loaded again at start-up. */
export const referenceDataVersions = pgTable("reference_data_versions", {
  dataset: text("dataset").primaryKey(),
  version: text("version").notNull(),
  loadedAt: timestamp("loaded_at", { withTimezone: true }).notNull().defaultNow(),
});

export type Commune = typeof communes.$inferSelect;

// ---------------------------------------------------------------------------------------------
// Email outbox: written in the same transaction as the signature, delivered by a worker.
// The message (recipient and links) is stored encrypted and erased once sent.

export const emailStatus = pgEnum("email_status", ["pending", "sent", "failed"]);

export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: text("kind").notNull(),
    signatureId: uuid("signature_id").references(() => signatures.id, { onDelete: "cascade" }),
    payload: bytea("payload"),
    status: emailStatus("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    lastError: text("last_error"),
    providerMessageId: text("provider_message_id"),
    // An update to signers (campaign_mailings): the message is rendered at send time from the
    // mailing and the signature, so the payload is null. One row per mailing and signature, ever.
    mailingId: uuid("mailing_id").references(() => campaignMailings.id, { onDelete: "cascade" }),
    // Emails go to Resend in batches of up to 100. A batch keeps its id (the Idempotency-Key)
    // across retries, so a retry after an unrecorded success is recognised and not sent again.
    batchId: uuid("batch_id"),
    createdAt: createdAt(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (table) => [
    // Due transactional emails are claimed first, then updates to signers (lib/email/outbox.ts).
    index("email_outbox_due_idx").on(table.nextAttemptAt).where(sql`${table.status} = 'pending' and ${table.mailingId} is null`),
    index("email_outbox_due_mailing_idx").on(table.nextAttemptAt).where(sql`${table.status} = 'pending' and ${table.mailingId} is not null`),
    index("email_outbox_batch_idx").on(table.batchId).where(sql`${table.status} = 'pending'`),
    // Withdrawing a signature deletes its emails (ON DELETE CASCADE): without this, every withdrawal
    // would scan the whole outbox.
    index("email_outbox_signature_idx").on(table.signatureId),
    uniqueIndex("email_outbox_mailing_signature_unique").on(table.mailingId, table.signatureId).where(sql`${table.mailingId} is not null`),
    // Pruning (lib/email/outbox-pruning.ts) deletes sent and failed messages oldest first.
    index("email_outbox_done_idx").on(table.createdAt).where(sql`${table.status} <> 'pending' and ${table.mailingId} is null`),
  ],
);

// Fixed-window request counters shared by every app instance. `key` holds the action and an
// HMAC of the client address, never the address itself.
export const rateLimitCounters = pgTable(
  "rate_limit_counters",
  {
    key: text("key").notNull(),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    count: integer("count").notNull(),
  },
  (table) => [primaryKey({ columns: [table.key, table.windowStart] })],
);

// Signatures refused before they were recorded (issue #13), counted per campaign, reason and hour
// for the public integrity report: never who, only how many. Each process adds up its refusals in
// memory and writes them here every few seconds (lib/signing/refusal-counts.ts), so a flood of
// refused attempts costs one upsert per campaign and reason, not one per attempt.
export const signingRefusals = pgTable(
  "signing_refusals",
  {
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    /** Why: "disposable-email" (lib/signing/refusal-counts.ts lists them). */
    reason: text("reason").notNull(),
    hour: timestamp("hour", { withTimezone: true }).notNull(),
    count: integer("count").notNull(),
  },
  (table) => [primaryKey({ columns: [table.campaignId, table.reason, table.hour] })],
);

// Proof-of-work challenges already used to sign (issue #13, lib/proof-of-work): each solution is
// accepted once. Its challenge's random nonce, until the challenge expires; then the sweep forgets it
// (a replayed expired challenge fails verification anyway).
export const proofOfWorkSpent = pgTable(
  "proof_of_work_spent",
  {
    nonce: bytea("nonce").primaryKey(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (table) => [index("proof_of_work_spent_expires_idx").on(table.expiresAt)],
);

// Where mail goes on a developer's machine when no Resend key is configured.
export const devMailbox = pgTable("dev_mailbox", {
  id: uuid("id").primaryKey().defaultRandom(),
  to: text("to").notNull(),
  from: text("from").notNull(),
  subject: text("subject").notNull(),
  html: text("html").notNull(),
  text: text("text").notNull(),
  createdAt: createdAt(),
});

export type Event = typeof events.$inferSelect;
export type EventSpeaker = typeof eventSpeakers.$inferSelect;
export type EventSource = typeof eventSources.$inferSelect;
export type EventCallToAction = typeof eventCallsToAction.$inferSelect;
export type Campaign = typeof campaigns.$inferSelect;
export type CampaignTranslation = typeof campaignTranslations.$inferSelect;
export type EventTranslation = typeof eventTranslations.$inferSelect;
export type OfflineTally = typeof offlineTallies.$inferSelect;
export type Signature = typeof signatures.$inferSelect;
export type OutboxEmail = typeof emailOutbox.$inferSelect;
export type DevMailboxEmail = typeof devMailbox.$inferSelect;

// ---------------------------------------------------------------------------------------------
// Organizers (issue #3). Auth.js tables, in this project's naming, passed to DrizzleAdapter
// explicitly. Sign-in is by email magic link only: no passwords, so no credential columns.
// An organizer's users row is created by an admin's invitation; nobody else gets one.

export const userRole = pgEnum("user_role", ["admin", "organizer"]);

export const users = pgTable("users", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name"),
  // Stored lower-cased and trimmed, as Auth.js normalizes the address it signs in.
  email: text("email").notNull().unique(),
  emailVerified: timestamp("email_verified", { withTimezone: true, mode: "date" }),
  image: text("image"),
  role: userRole("role").notNull().default("organizer"),
  invitedBy: uuid("invited_by"),
  createdAt: createdAt(),
});

// Unused by email sign-in, but part of the adapter's contract (other providers link accounts here).
export const accounts = pgTable(
  "accounts",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    expires_at: integer("expires_at"),
    token_type: text("token_type"),
    scope: text("scope"),
    id_token: text("id_token"),
    session_state: text("session_state"),
  },
  (table) => [primaryKey({ columns: [table.provider, table.providerAccountId] })],
);

export const sessions = pgTable(
  "sessions",
  {
    sessionToken: text("session_token").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expires: timestamp("expires", { withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [index("sessions_user_idx").on(table.userId)],
);

// Auth.js stores only a hash of each magic-link token here.
export const verificationTokens = pgTable(
  "verification_tokens",
  {
    identifier: text("identifier").notNull(),
    token: text("token").notNull(),
    expires: timestamp("expires", { withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.identifier, table.token] })],
);

export const campaignMemberRole = pgEnum("campaign_member_role", ["owner", "editor", "viewer"]);

export const campaignMembers = pgTable(
  "campaign_members",
  {
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: campaignMemberRole("role").notNull(),
    createdAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.campaignId, table.userId] }), index("campaign_members_user_idx").on(table.userId)],
);

export type User = typeof users.$inferSelect;
export type UserRole = (typeof userRole.enumValues)[number];
export type CampaignMember = typeof campaignMembers.$inferSelect;
export type CampaignMemberRole = (typeof campaignMemberRole.enumValues)[number];

// Organizer API keys (issue #3), sent as `OSDI-API-Token`. Only the SHA-256 of a key is kept: the
// key itself is shown once, when it is created. A revoked key stays listed but opens nothing.
export const apiKeys = pgTable(
  "api_keys",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    label: text("label").notNull(),
    keyHash: bytea("key_hash").notNull().unique(),
    createdAt: createdAt(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (table) => [index("api_keys_user_idx").on(table.userId)],
);

export type ApiKey = typeof apiKeys.$inferSelect;

// ---------------------------------------------------------------------------------------------
// Running campaigns (issue #3): updates emailed to signers, moderation, and the audit log.

export const mailingStatus = pgEnum("mailing_status", ["draft", "sending", "sent"]);

export const campaignMailings = pgTable(
  "campaign_mailings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    status: mailingStatus("status").notNull().default("draft"),
    createdBy: uuid("created_by"),
    createdAt: createdAt(),
    sendRequestedAt: timestamp("send_requested_at", { withTimezone: true }),
    sentBy: uuid("sent_by"),
    /** How many signers it was queued for (set when queued). */
    recipients: integer("recipients"),
    completedAt: timestamp("completed_at", { withTimezone: true }),
  },
  (table) => [index("campaign_mailings_campaign_idx").on(table.campaignId, table.createdAt.desc())],
);

export type InvalidationFilter = {
  /** ISO timestamps; signatures created in [from, to). */
  from?: string;
  to?: string;
  /** Lower-case domain of the signer's address, e.g. "spam.example". */
  emailDomain?: string;
  /** Hex HMAC of a client address, as shown to organizers. */
  ipHash?: string;
  /**
   * Held signatures only (issue #13): those a velocity rule held for `reason`, or the one signature
   * `signatureId`. Without it, a filter matches pending and confirmed signatures and never held ones.
   */
  held?: { reason?: string; signatureId?: string };
};

export const signatureInvalidations = pgTable(
  "signature_invalidations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    filter: jsonb("filter").$type<InvalidationFilter>().notNull(),
    reason: text("reason").notNull(),
    matched: integer("matched").notNull(),
    createdBy: uuid("created_by"),
    createdAt: createdAt(),
    undoneAt: timestamp("undone_at", { withTimezone: true }),
    undoneBy: uuid("undone_by"),
  },
  (table) => [index("signature_invalidations_campaign_idx").on(table.campaignId, table.createdAt.desc())],
);

// Every organizer and admin action, for admins to read. The actor's address is copied so the entry
// survives the account's removal. Never holds a signer's address.
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid("actor_id"),
    actorEmail: text("actor_email").notNull(),
    action: text("action").notNull(),
    campaignId: uuid("campaign_id"),
    eventId: uuid("event_id"),
    /** What the action was about, in words (a slug, a title, a count). */
    subject: text("subject").notNull(),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
  },
  (table) => [index("audit_log_at_idx").on(table.at.desc()), index("audit_log_campaign_idx").on(table.campaignId, table.at.desc())],
);

export type CampaignUpdate = typeof campaignUpdates.$inferSelect;
export type CampaignUpdateTranslation = typeof campaignUpdateTranslations.$inferSelect;
export type OfflineSignature = typeof offlineSignatures.$inferSelect;
export type CampaignMailing = typeof campaignMailings.$inferSelect;
export type SignatureInvalidation = typeof signatureInvalidations.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;

// One alert email per campaign, key and hour (issue #13): the hourly trending job records here each
// client hash or email domain it warned the owners about, so a second run in the same hour does not.
export const velocityAlerts = pgTable(
  "velocity_alerts",
  {
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    /** "client" (key: hex client hash) or "domain" (key: the email domain). */
    dimension: text("dimension").notNull(),
    key: text("key").notNull(),
    hour: timestamp("hour", { withTimezone: true }).notNull(),
    signatures: integer("signatures").notNull(),
    createdAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.campaignId, table.dimension, table.key, table.hour] })],
);

// ---------------------------------------------------------------------------------------------
// The national register of elected officials (Répertoire national des élus, issue #14): extracts
// uploaded by admins, the officials each holds, and each official signature matched against them.

/** Which of the register's files an extract is: the mayors' or the municipal councillors'. */
export const registerFileKind = pgEnum("register_file_kind", ["mayors", "municipal-councillors"]);
export const registerExtractStatus = pgEnum("register_extract_status", ["importing", "complete", "failed"]);

// One uploaded file, kept as the register's state on its extract date. Its officials count only once
// it is complete: an import that fails rolls its rows back and leaves the extract "failed".
export const registerExtracts = pgTable(
  "register_extracts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: registerFileKind("kind").notNull(),
    extractDate: date("extract_date").notNull(),
    fileName: text("file_name").notNull(),
    status: registerExtractStatus("status").notNull().default("importing"),
    /** The upload's size as announced (Content-Length), and how much of it has been read: the progress bar. */
    bytesTotal: bigint("bytes_total", { mode: "number" }),
    bytesRead: bigint("bytes_read", { mode: "number" }).notNull().default(0),
    rowsImported: integer("rows_imported").notNull().default(0),
    /** Why the import failed, as a catalog key and its values (never shown to the public). */
    error: jsonb("error").$type<{ key: string; values?: Record<string, string | number> }>(),
    uploadedBy: uuid("uploaded_by"),
    createdAt: createdAt(),
    completedAt: timestamp("completed_at", { withTimezone: true }),
  },
  (table) => [index("register_extracts_kind_date_idx").on(table.kind, table.extractDate.desc())],
);

// The officials of an extract: only what matching needs. Never a birth date, sex, occupation or
// nationality, although the register's files carry them (issue #14).
export const registerOfficials = pgTable(
  "register_officials",
  {
    extractId: uuid("extract_id")
      .notNull()
      .references(() => registerExtracts.id, { onDelete: "cascade" }),
    departementCode: text("departement_code").notNull(),
    communeCode: text("commune_code").notNull(),
    /** lib/register/names.ts's normal form: lower case, no accents, one space between words. */
    surname: text("surname").notNull(),
    firstName: text("first_name").notNull(),
    office: text("office").notNull(),
    mandateStartedOn: date("mandate_started_on"),
    functionStartedOn: date("function_started_on"),
  },
  (table) => [index("register_officials_commune_idx").on(table.extractId, table.communeCode)],
);

export const registerMatchResult = pgEnum("register_match_result", ["verified", "review", "not-found", "left-office"]);
export const registerDecision = pgEnum("register_decision", ["confirmed", "rejected"]);

// One signature of an official checked against one extract. `current` marks the result that
// stands (the latest extract covering the signer's office); earlier ones are kept as history, and
// are how an official who left office is recognised.
export const registerMatches = pgTable(
  "register_matches",
  {
    signatureId: uuid("signature_id")
      .notNull()
      .references(() => signatures.id, { onDelete: "cascade" }),
    extractId: uuid("extract_id")
      .notNull()
      .references(() => registerExtracts.id, { onDelete: "cascade" }),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    result: registerMatchResult("result").notNull(),
    /** For "review": the one part that differs ("office", "first-name", "surname"). */
    difference: text("difference"),
    /** The official it was matched with, as the register has them (normalised), for the review. */
    officialName: text("official_name"),
    officialOffice: text("official_office"),
    departementCode: text("departement_code"),
    /** The organizers' answer to a "review" match; confirmed counts as verified. */
    decision: registerDecision("decision"),
    decidedBy: uuid("decided_by"),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    current: boolean("current").notNull().default(true),
    matchedAt: timestamp("matched_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.signatureId, table.extractId] }),
    uniqueIndex("register_matches_current_unique").on(table.signatureId).where(sql`${table.current}`),
    index("register_matches_campaign_idx").on(table.campaignId, table.result).where(sql`${table.current}`),
  ],
);

export type RegisterExtract = typeof registerExtracts.$inferSelect;
export type RegisterMatch = typeof registerMatches.$inferSelect;

// ---------------------------------------------------------------------------------------------
// Delivery packs (issue #14): a PDF for the decision makers and the snapshot of the counts it shows.

export const snapshotStatus = pgEnum("campaign_snapshot_status", ["queued", "running", "finished", "failed"]);

/** The counts a pack shows, as they stood when it was made: what the public snapshot page and API repeat. */
export type SnapshotCounts = {
  online: number;
  offline: number;
  total: number;
  /** Signatories who chose to be listed, and how many of them are verified officials. */
  listed: number;
  verifiedOfficials: number;
  byCountry: { key: string; count: number }[];
  byDepartement: { key: string; name: string; count: number }[];
  byRegion: { key: string; name: string; count: number }[];
};

// One pack, made in the background by lib/delivery/worker.ts: queued by an organizer, claimed with
// FOR UPDATE SKIP LOCKED and a lease, finished with its PDF and that PDF's SHA-256. Once finished a
// row's counts, hash and PDF never change and it cannot be deleted: the trigger of migration
// 0027_campaign_snapshots_immutable refuses it, whoever asks.
export const campaignSnapshots = pgTable(
  "campaign_snapshots",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    status: snapshotStatus("status").notNull().default("queued"),
    /** The campaign's authoritative language first, then the translations the organizer chose. */
    languages: jsonb("languages").$type<string[]>().notNull(),
    /** Progress of the job: listed signatories printed so far, of how many. */
    rowsDone: integer("rows_done").notNull().default(0),
    rowsTotal: integer("rows_total"),
    counts: jsonb("counts").$type<SnapshotCounts>(),
    sha256: text("sha256"),
    pdf: bytea("pdf"),
    pdfBytes: integer("pdf_bytes"),
    pageCount: integer("page_count"),
    /** A catalog key saying why the job failed (never shown to the public). */
    error: text("error"),
    attempts: smallint("attempts").notNull().default(0),
    leaseUntil: timestamp("lease_until", { withTimezone: true }),
    createdBy: uuid("created_by"),
    createdAt: createdAt(),
    startedAt: timestamp("started_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (table) => [
    index("campaign_snapshots_campaign_idx").on(table.campaignId, table.createdAt.desc()),
    index("campaign_snapshots_pending_idx").on(table.createdAt).where(sql`${table.status} in ('queued', 'running')`),
    check(
      "campaign_snapshots_finished_shape",
      sql`(${table.status} = 'finished') = (${table.sha256} is not null and ${table.pdf} is not null and ${table.counts} is not null)`,
    ),
  ],
);

export type CampaignSnapshot = typeof campaignSnapshots.$inferSelect;
