import { z } from "zod";
import { LOCALES } from "@/lib/i18n/routing";
import { OFFICES, type Office } from "@/lib/signatory-list/offices";

// The shapes of the public JSON API (/api/v1), defined once. The handlers build their JSON through
// functions typed by these schemas, and /api/v1/openapi.json generates its components from them.
// Objects are strict so that a field added to a response without a schema change (or dropped from
// one) fails the tests that parse live responses, instead of silently drifting from the document.
// Nothing here describes a signer: no email, name or place of any person who signed.

const slug = z.string().describe("Lower-case letters, digits and single hyphens.");
const timestamp = z.iso.datetime().describe("ISO 8601 date-time, UTC.");
const day = z.iso.date().describe("ISO 8601 date (YYYY-MM-DD).");
const count = z.int().nonnegative();
const pageUrl = z.url().describe("The human-readable page on this site.");

export const errorSchema = z
  .strictObject({ error: z.string().describe("A stable machine-readable code."), message: z.string() })
  .describe("Every error answer.");

export const eventRefSchema = z.strictObject({ slug, title: z.string() }).describe("The documented event a campaign is built on.");

const campaignCounts = {
  goal: count,
  signatureCount: count.describe("Confirmed online signatures plus documented offline ones."),
  onlineSignatureCount: count.describe("Signatures confirmed by email."),
  offlineSignatureCount: count.describe("Documented offline signatures (paper declarations and the like)."),
};
const publicStatus = z
  .enum(["open", "closed"])
  .describe("`open` while the campaign takes signatures; drafts and archived campaigns are never public.");

const locale = z.enum(["en", "fr", "fa"]);
/** Which language the texts of an answer are in (issue #12; `?lang=` asks for one). */
const textLanguages = (texts: string) => ({
  language: locale.describe(`The language of ${texts} in this answer.`),
  originalLanguage: locale.describe("The authoritative language; other languages are translations of it."),
  isTranslation: z.boolean().describe("The texts are a translation (`?lang=` asked for a language other than the original)."),
  translationOutdated: z.boolean().describe("The translation was made from an earlier version of the original."),
  languages: z.array(locale).describe("Every language the texts exist in, the original first."),
});
const campaignLanguages = textLanguages("title, summary, statement and decision makers");

export const campaignSummarySchema = z
  .strictObject({
    slug,
    title: z.string(),
    ...campaignLanguages,
    kind: z.enum(["petition", "declaration"]),
    status: publicStatus,
    ...campaignCounts,
    event: eventRefSchema.nullable(),
    url: pageUrl,
    updatedAt: timestamp.describe("The last time the count or the campaign changed."),
  })
  .describe("A public campaign as listed.");

export const campaignListSchema = z
  .strictObject({ campaigns: z.array(campaignSummarySchema) })
  .describe("Every public campaign (open or closed), oldest first. Not paginated: there are few.");

export const offlineTallySchema = z
  .strictObject({
    count: count.min(1),
    description: z.string().describe("How the source words the count, e.g. “more than 2,000”."),
    source: z.strictObject({ title: z.string(), url: z.string().nullable(), date: day.nullable() }),
  })
  .describe("A documented offline tally, counted in offlineSignatureCount.");

export const breakdownsSchema = z
  .strictObject({
    byCountry: z
      .array(z.strictObject({ country: z.string().describe("ISO 3166-1 alpha-2 code."), count: count.min(1) }))
      .describe("Most signatures first."),
    byOffice: z
      .array(z.strictObject({ office: z.string().describe("An office key, e.g. `mayor`."), count: count.min(1) }))
      .describe("Signer categories of a declaration of elected officials; empty for petitions."),
    byLanguage: z
      .array(z.strictObject({ language: z.string().describe("The language the signers signed in: en, fr or fa."), count: count.min(1) }))
      .describe("Most signatures first."),
    byDepartement: z
      .array(
        z.strictObject({
          departement: z.string().describe("INSEE code of the French département, e.g. `93`, `2A`, `974`."),
          name: z.string().describe("Its official name, in French."),
          count: count.min(1),
        }),
      )
      .describe("French officials, by the département of the commune they chose from the official list. Most signatures first."),
    byRegion: z
      .array(
        z.strictObject({
          region: z.string().describe("INSEE code of the French region, e.g. `11` for Île-de-France."),
          name: z.string().describe("Its official name, in French."),
          count: count.min(1),
        }),
      )
      .describe("French officials, by the region of their commune. Most signatures first."),
    byDay: z
      .array(
        z.strictObject({
          date: day.describe("UTC day of confirmation."),
          count: count.min(1),
          total: count.describe("Running total up to and including this day."),
        }),
      )
      .describe("Days with at least one confirmation, oldest first."),
  })
  .describe(
    "Online signatures confirmed by email, and only those: documented offline tallies are not broken " +
      "down. Computed with the count, never from individual signers; may lag the counts by a few seconds.",
  );

const registerVerificationSchema = z
  .strictObject({
    extractDate: day.describe("The date of the latest extract of the register the officials counted here were verified against."),
    byDepartement: z
      .array(
        z.strictObject({
          departement: z.string().describe("The département's code in the register (01, 2A, 971…)."),
          name: z
            .string()
            .nullable()
            .describe("The département's name in the Code officiel géographique; null for a code the list of communes does not know."),
          mayors: count,
          councillors: count.describe("Municipal councillors and deputy mayors."),
        }),
      )
      .describe("By département code."),
  })
  .describe(
    "Confirmed signatures of officials verified against the national register of elected officials (Répertoire " +
      "national des élus, French Interior Ministry), by the office the register gives; null when none is (issue #14).",
  );

export const campaignDetailSchema = z
  .strictObject({
    slug,
    title: z.string(),
    kind: z.enum(["petition", "declaration"]),
    status: publicStatus,
    ...campaignLanguages,
    summary: z.string(),
    statement: z.string().describe("The text people sign."),
    decisionMakers: z.array(z.string()),
    ...campaignCounts,
    offlineTallies: z.array(offlineTallySchema),
    event: eventRefSchema.nullable(),
    opensAt: timestamp.nullable(),
    closesAt: timestamp.nullable(),
    url: pageUrl,
    updatedAt: timestamp.describe("The last time the count or the campaign changed."),
    breakdowns: breakdownsSchema,
    registerVerification: registerVerificationSchema.nullable(),
  })
  .describe("A public campaign with its counts, read live, and its breakdowns.");

export const campaignCountSchema = z
  .strictObject({ slug, status: publicStatus, ...campaignCounts, updatedAt: timestamp })
  .describe("The count alone, for frequent polling: at most about a second old.");

// The integrity report (issue #13): aggregates only, never a signer.
const windowed = z
  .strictObject({
    last24Hours: count,
    last7Days: count,
    sinceStart: count,
  })
  .describe("How many in the last 24 hours, the last 7 days, and since the campaign started.");
const byReason = z.array(windowed.extend({ reason: z.string() }));

export const integrityReportSchema = z
  .strictObject({
    slug,
    computedAt: timestamp.describe("When these figures were computed; they are recomputed at most every 5 minutes."),
    online: z.strictObject({
      recorded: count.describe("Online signatures on record: every status; withdrawn signatures are deleted and not among them."),
      confirmed: count.describe("Confirmed by their owner from the emailed link, and counted."),
      pending: count.describe("Not confirmed (yet): neither confirmed, held nor invalidated."),
      confirmationRate: z
        .number()
        .min(0)
        .max(1)
        .nullable()
        .describe("confirmed / (confirmed + pending), from 0 to 1; null before any signature. Held and invalidated signatures are left out."),
    }),
    offlineSignatureCount: count.describe("Documented offline signatures (paper and the like), counted apart."),
    held: z
      .strictObject({
        now: count.describe("Held at this moment: accepted but not counted until an organizer releases or invalidates them."),
        total: windowed.describe("Signatures held, by when they were held."),
        byReason: byReason.describe("The same, by the rule that held them."),
      })
      .describe("Signatures held as suspect by a velocity rule."),
    released: windowed.describe("Held signatures an organizer released, by when."),
    invalidated: z
      .strictObject({
        now: count.describe("Set aside by organizers and not restored; not counted."),
        total: windowed.describe("The same, by when the organizers set them aside."),
        byReason: byReason.describe("The same, by the reason the organizers gave; held signatures they set aside, by the rule that held them."),
      })
      .describe("Signatures invalidated by the campaign's organizers."),
    refused: z
      .strictObject({
        total: windowed.describe("Signatures refused before being recorded, by hour."),
        byReason: byReason.describe("By reason: `disposable-email` (an address from a disposable email service)."),
      })
      .describe("Signatures refused outright, never recorded."),
  })
  .describe("A campaign's integrity report: aggregate figures only, recomputed at most every 5 minutes.");

const speakerSchema = z.strictObject({ name: z.string(), role: z.string() });

const sourceFields = {
  title: z.string(),
  publisher: z.string().nullable(),
  publishedOn: day.nullable(),
  url: z.string().nullable().describe("Where the report was published, when known."),
  note: z.string().nullable().describe("What this source says that others do not, or where it disagrees."),
};
const eventSourceSchema = z.strictObject(sourceFields);
const eventSourceWithTextSchema = z.strictObject({
  ...sourceFields,
  text: z.string().nullable().describe("The text of the report, verbatim."),
});

const callToActionSchema = z.strictObject({
  speaker: z.string().nullable().describe("Who made the call, or null when the report does not say."),
  target: z.string().describe("Who is called on."),
  action: z.string().describe("To do what."),
  language: z
    .enum(LOCALES)
    .describe(
      "The language `target` and `action` are worded in: the one asked for with `lang` where the event's translation words this call, else the report's.",
    ),
  quote: z.string().describe("The sentence of the report that carries the call, in the report's language, never translated."),
});

const eventFields = {
  slug,
  title: z.string(),
  ...textLanguages("title and summary (what was said, the quotes and the sources stay in the reports' language)"),
  occurredOn: day.nullable().describe("Null when the sources give no exact date; see dateNote."),
  dateNote: z.string(),
  place: z.string(),
  placeNote: z.string().nullable().describe("Where the sources disagree on the place."),
  host: z.string(),
  summary: z.string(),
  speakers: z.array(speakerSchema),
  callsToAction: z.array(callToActionSchema),
  campaigns: z.array(z.strictObject({ slug, title: z.string() })).describe("The public campaigns built on this event."),
  url: pageUrl,
  updatedAt: timestamp,
};

export const eventSummarySchema = z
  .strictObject({ ...eventFields, sources: z.array(eventSourceSchema) })
  .describe("A documented event as listed: its sources without their text (see the event itself).");

export const eventListSchema = z
  .strictObject({ events: z.array(eventSummarySchema) })
  .describe("Every documented event, oldest first. Not paginated: there are few.");

export const eventDetailSchema = z
  .strictObject({ ...eventFields, sources: z.array(eventSourceWithTextSchema) })
  .describe("A documented event with the full text of its sources.");

export const communeSearchResultSchema = z
  .strictObject({
    communes: z.array(
      z.strictObject({
        code: z.string().describe("INSEE code of the commune (or of a municipal district of Paris, Lyon or Marseille)."),
        name: z.string().describe("Its official name."),
        departementCode: z.string(),
        departementName: z.string(),
      }),
    ),
  })
  .describe(
    "French communes whose name starts with the query (accents, case and punctuation aside): those named exactly " +
      "so first, every one of them, then the most populous others, ten in all at most.",
  );

const snapshotPlace = z.strictObject({ key: z.string(), name: z.string(), count });
export const snapshotSchema = z
  .strictObject({
    id: z.uuid(),
    slug,
    createdAt: timestamp.describe("When the pack was asked for."),
    finishedAt: timestamp.describe("When the pack was made: its counts are as of then."),
    languages: z.array(locale).describe("The languages of the pack, the campaign's authoritative one first."),
    counts: z.strictObject({
      total: count.describe("Confirmed online plus documented offline signatures."),
      online: count,
      offline: count,
      listed: count.describe("Signatories who chose to be listed, all named in the pack."),
      verifiedOfficials: count.describe("Listed signatories whose office was checked by the organizers or against the national register."),
      byCountry: z.array(z.strictObject({ key: z.string().describe("ISO 3166-1 alpha-2 code."), count })),
      byDepartement: z.array(snapshotPlace),
      byRegion: z.array(snapshotPlace),
    }),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .describe("SHA-256 of the PDF's bytes, in hexadecimal: `sha256sum file.pdf` prints the same."),
    pdfBytes: count,
    pageCount: count,
    pdfUrl: z.url().describe("The PDF."),
    url: pageUrl,
  })
  .describe("A delivery pack: a PDF for the decision makers and the snapshot of the counts it shows, never changed once made (issue #14).");

export const snapshotListSchema = z
  .strictObject({ slug, snapshots: z.array(snapshotSchema).describe("Newest first.") })
  .describe("A campaign's delivery packs.");

export const apiIndexSchema = z.strictObject({
  name: z.string(),
  version: z.literal("v1"),
  documentation: z.string().describe("Path of the OpenAPI document."),
  endpoints: z.record(z.string(), z.string()),
});

// Writes. The routes validate with lib/signing/schema.ts (the same schema as the sign form, built
// from the fields each campaign asks for); these document that contract for the OpenAPI document.

export const signatureRequestSchema = z
  .looseObject({
    fullName: z.string().min(1).max(100),
    email: z.email().max(254).describe("Used only to confirm; never shown or returned."),
    consent: z.literal(true),
    optInUpdates: z.boolean().optional(),
    showName: z.boolean().optional().describe("List the name publicly, when the campaign lists names."),
    comment: z.string().max(500).optional().describe("Shown beside the name, when the name is listed."),
    utmSource: z.string().max(100).optional().describe("Where the signer came from (utm_source); dropped if not plain text."),
    utmMedium: z.string().max(100).optional().describe("utm_medium of the page signed on."),
    utmCampaign: z.string().max(100).optional().describe("utm_campaign of the page signed on."),
    referrerHost: z.string().max(253).optional().describe("Host name of the site that sent the signer (no path)."),
    country: z.string().describe("ISO 3166-1 alpha-2 code.").optional(),
    city: z.string().max(100).optional(),
    postcode: z.string().max(20).optional(),
    office: z
      .enum(Object.keys(OFFICES) as [Office, ...Office[]])
      .optional()
      .describe("Declarations only."),
    municipality: z
      .string()
      .max(120)
      .optional()
      .describe(
        "Declarations only. For a French official (country FR), the name of a commune on the official list; a name " +
          "several communes share is refused with communeChoices to choose from.",
      ),
    communeCode: z
      .string()
      .optional()
      .describe(
        "Declarations only, French officials: the INSEE code of the commune (see GET /api/v1/communes). Wins over " +
          "municipality while municipality is the commune's name or its start; the commune's official name is stored.",
      ),
    locale: z
      .enum(["en", "fr", "fa"])
      .optional()
      .describe("The signer's language (default en): the confirmation email and every later one are written in it, with links to pages in it."),
    altcha: z
      .string()
      .max(8_192)
      .optional()
      .describe(
        "For a campaign that asks for a proof of work: a challenge from GET /api/v1/proof-of-work/challenge, solved, as ALTCHA encodes it " +
          "(base64 of {challenge, solution}); each is accepted once. Without it (or with an invalid or used one) the signature is still " +
          "accepted, but held for the organizers to check before it counts.",
      ),
  })
  .describe(
    "Which of country, city, postcode, office and municipality are required depends on the campaign; fields it does not ask for are ignored.",
  );

// A proof-of-work challenge (lib/proof-of-work, ALTCHA's format), for a client signing a campaign that asks for one.
export const proofOfWorkChallengeSchema = z
  .strictObject({
    parameters: z.strictObject({
      algorithm: z.literal("PBKDF2/SHA-256"),
      cost: z.number().int().describe("PBKDF2 iterations per attempt."),
      expiresAt: z.number().int().describe("Unix time, in seconds, after which an answer is refused."),
      keyLength: z.number().int(),
      keyPrefix: z.string().describe("Hex: the start of the key to find."),
      keySignature: z.string(),
      nonce: z.string(),
      salt: z.string(),
    }),
    signature: z.string(),
  })
  .describe("Find the counter whose key starts with keyPrefix (altcha-lib's solveChallenge), then send it as `altcha` with the signature.");

export type ProofOfWorkChallengeJson = z.infer<typeof proofOfWorkChallengeSchema>;

export const signatureAcceptedSchema = z.strictObject({ status: z.literal("accepted"), message: z.string() });

export const signatureErrorSchema = errorSchema
  .extend({
    fieldErrors: z.record(z.string(), z.string()).optional().describe("First message per field."),
    communeChoices: z
      .array(z.strictObject({ code: z.string(), name: z.string(), departementCode: z.string(), departementName: z.string() }))
      .optional()
      .describe("When the municipality names several French communes (or none exactly): the ones to choose from, to send as communeCode."),
  })
  .describe("An error; a 400 for invalid input carries fieldErrors.");

export const confirmationRequestSchema = z.strictObject({
  token: z
    .string()
    .regex(/^[A-Za-z0-9_-]{43}$/)
    .describe("The token from the confirmation link /confirm/{token}."),
  consent: z
    .literal(true)
    .optional()
    .describe(
      "The person's explicit consent, given on the caller's page with the consent text. Needed only for a signature recorded without it (an OSDI client's); ignored for the others.",
    ),
});

export const confirmationResultSchema = z.strictObject({
  status: z.enum(["confirmed", "already-confirmed"]),
  campaign: slug.describe("The slug of the campaign signed."),
});

export type ErrorJson = z.infer<typeof errorSchema>;
export type CampaignSummaryJson = z.infer<typeof campaignSummarySchema>;
export type CampaignListJson = z.infer<typeof campaignListSchema>;
export type CampaignDetailJson = z.infer<typeof campaignDetailSchema>;
export type BreakdownsJson = z.infer<typeof breakdownsSchema>;
export type CommuneSearchResultJson = z.infer<typeof communeSearchResultSchema>;
export type EventSummaryJson = z.infer<typeof eventSummarySchema>;
export type EventListJson = z.infer<typeof eventListSchema>;
export type EventDetailJson = z.infer<typeof eventDetailSchema>;
export type ApiIndexJson = z.infer<typeof apiIndexSchema>;
export type IntegrityReportJson = z.infer<typeof integrityReportSchema>;
export type SnapshotJson = z.infer<typeof snapshotSchema>;
