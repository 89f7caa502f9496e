import { z } from "zod";
import type { InvalidationFilter } from "@/lib/db/schema";
import { messageKey } from "@/lib/i18n/message-key";
import { HELD_REASONS, isHeldReason, type HeldReason } from "@/lib/velocity/held-reasons";
import { hasYearOutside, RECENT_YEARS } from "@/lib/validation/dates";
import { multiLine, singleLine } from "@/lib/validation/text";

// Inputs of the moderation forms (issue #3): used by react-hook-form in the browser and again by
// the server actions. Times are entered and shown in UTC, like every organizer page. Messages are
// catalog keys (lib/i18n/message-key.ts).

const m = (key: string, values?: Record<string, string | number>) => messageKey(`organizer.moderation.errors.${key}`, values);

const CHOOSE_CAMPAIGN = messageKey("organizer.forms.chooseCampaign");
const campaignSlug = singleLine(z.string({ message: CHOOSE_CAMPAIGN }).min(1, CHOOSE_CAMPAIGN).max(80), CHOOSE_CAMPAIGN);
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

export const signatureVisibilitySchema = z.object({
  campaignSlug,
  signatureId: z.guid({ message: m("chooseSignature") }),
});

/** What a moderator can hide on the public list, and the audit action of each change. */
export const VISIBILITY_CHANGES = {
  "hide-name": { part: "name", hidden: true },
  "show-name": { part: "name", hidden: false },
  "hide-comment": { part: "comment", hidden: true },
  "show-comment": { part: "comment", hidden: false },
} as const;
export type VisibilityChange = keyof typeof VISIBILITY_CHANGES;

// A `datetime-local` input's value, read as UTC.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;
const dateTimeField = (field: "from" | "to") =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(DATE_TIME, m("dateTimeFormat", { field }))
      // PostgreSQL has no year 0, and nobody signed here before 2000: a clear message, not an error page.
      .refine((value) => !hasYearOutside(value, RECENT_YEARS), m("years", { ...RECENT_YEARS, field }))
      // Date.parse rolls 30 February over to March: a real date reads back the same.
      .refine(
        (value) => {
          const time = Date.parse(`${value}Z`);
          return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 16) === value.slice(0, 16);
        },
        m("realDateTime", { field }),
      )
      .optional(),
  );

const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const emailDomainField = z.preprocess(
  (value) => (typeof value === "string" ? blankToUndefined(value.trim().toLowerCase().replace(/^@/, "").replace(/\.$/, "")) : value),
  z.string().regex(DOMAIN, m("emailDomain")).optional(),
);

const ipHashField = z.preprocess(
  (value) => (typeof value === "string" ? blankToUndefined(value.trim().toLowerCase()) : value),
  z
    .string()
    .regex(/^[0-9a-f]{64}$/, m("ipHash"))
    .optional(),
);

export const NO_CRITERION = m("noCriterion");

const filterFields = {
  campaignSlug,
  from: dateTimeField("from"),
  to: dateTimeField("to"),
  emailDomain: emailDomainField,
  ipHash: ipHashField,
};

type FilterValues = { from?: string; to?: string; emailDomain?: string; ipHash?: string };

function checkFilter(values: FilterValues, context: z.RefinementCtx) {
  if (!values.from && !values.to && !values.emailDomain && !values.ipHash) {
    context.addIssue({ code: "custom", path: ["from"], message: NO_CRITERION });
  }
  if (values.from && values.to && Date.parse(`${values.from}Z`) >= Date.parse(`${values.to}Z`)) {
    context.addIssue({ code: "custom", path: ["to"], message: m("endBeforeStart") });
  }
}

/**
 * What the page's address may prefill in the filter (the trending table's links, issue #13): each
 * field kept only if valid, so a hand-edited address fills nothing rather than an error.
 */
export const invalidationPrefillSchema = z.object({
  from: filterFields.from.catch(undefined),
  to: filterFields.to.catch(undefined),
  emailDomain: filterFields.emailDomain.catch(undefined),
  ipHash: filterFields.ipHash.catch(undefined),
});
export type InvalidationPrefill = z.output<typeof invalidationPrefillSchema>;

/** The filter alone: what "Preview" counts. */
export const invalidationPreviewSchema = z.object(filterFields).superRefine(checkFilter);
export type InvalidationPreviewInput = z.input<typeof invalidationPreviewSchema>;

/** The filter again, the count the moderator saw, and why: what "Invalidate N signatures" does. */
export const invalidationSchema = z
  .object({
    ...filterFields,
    expectedCount: z.coerce
      .number({ message: m("previewFirst") })
      .int()
      .min(1, m("nothingMatches")),
    reason: multiLine(
      z
        .string({ message: m("reasonRequired") })
        .trim()
        .min(3, m("reasonShort"))
        .max(500, messageKey("organizer.forms.atMostCharacters", { max: 500 })),
    ),
  })
  .superRefine(checkFilter);
export type InvalidationInput = z.input<typeof invalidationSchema>;

export const undoInvalidationSchema = z.object({
  campaignSlug,
  invalidationId: z.guid({ message: m("chooseInvalidation") }),
});

/**
 * A command on held signatures (issue #13): one (`signatureId`) or all held for one `reason`, and
 * how many the moderator was shown, so a surge that holds more meanwhile changes nothing unseen.
 */
export const heldSignaturesSchema = z
  .object({
    campaignSlug,
    signatureId: z.preprocess(blankToUndefined, z.guid({ message: m("chooseSignature") }).optional()),
    reason: z.preprocess(blankToUndefined, z.enum(HELD_REASONS, { message: m("chooseHeldReason") }).optional()),
    expectedCount: z.coerce
      .number({ message: m("chooseHeldReason") })
      .int()
      .min(1)
      .max(10_000_000),
  })
  .refine((values) => Boolean(values.signatureId) !== Boolean(values.reason), { path: ["reason"], message: m("chooseHeldReason") });

/** The reason stored with the invalidation of one held signature (a bulk one stores the rule's name). */
export const HELD_INVALIDATION_REASON = "held";

/** The stored filter of a held-signatures command: it matches held signatures only. */
export function toHeldFilter(values: { signatureId?: string; reason?: HeldReason }): InvalidationFilter {
  return { held: values.signatureId ? { signatureId: values.signatureId } : { reason: values.reason } };
}

/** The stored form of a filter: ISO times, only the criteria given. */
export function toInvalidationFilter(values: FilterValues): InvalidationFilter {
  return {
    ...(values.from && { from: new Date(`${values.from}Z`).toISOString() }),
    ...(values.to && { to: new Date(`${values.to}Z`).toISOString() }),
    ...(values.emailDomain && { emailDomain: values.emailDomain }),
    ...(values.ipHash && { ipHash: values.ipHash }),
  };
}

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * A filter in words, for the list of invalidations (in the reader's language: `t` is a root
 * translator) and the audit log (in English: translatorFor("en")). Times stay ISO, in UTC.
 */
export function describeFilter(filter: InvalidationFilter, t: Translate): string {
  const at = (iso: string) => iso.slice(0, 16).replace("T", " ");
  const parts = [
    filter.from && t("organizer.moderation.filter.from", { time: at(filter.from) }),
    filter.to && t("organizer.moderation.filter.to", { time: at(filter.to) }),
    filter.emailDomain && t("organizer.moderation.filter.emailDomain", { domain: filter.emailDomain }),
    filter.ipHash && t("organizer.moderation.filter.ipHash", { hash: filter.ipHash.slice(0, 12) }),
    filter.held?.signatureId && t("organizer.moderation.filter.heldSignature"),
    filter.held?.reason && t("organizer.moderation.filter.heldReason", { reason: isHeldReason(filter.held.reason) ? filter.held.reason : "other" }),
  ].filter(Boolean);
  return parts.join(t("organizer.moderation.filter.separator"));
}

export const MODERATION_SEARCH_MAX = 100;
