import { z } from "zod";
import type { InvalidationFilter } from "@/lib/db/schema";
import { hasYearOutside, RECENT_YEARS, yearsMessage } from "@/lib/validation/dates";
import { multiLine, singleLine } from "@/lib/validation/text";

// Inputs of the moderation forms (issue #3): used by react-hook-form in the browser and again by
// the server actions. Times are entered and shown in UTC, like every organizer page.

const campaignSlug = singleLine(z.string({ message: "Choose a campaign" }).min(1, "Choose a campaign").max(80), "Choose a campaign");
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

export const signatureVisibilitySchema = z.object({
  campaignSlug,
  signatureId: z.guid({ message: "Choose a signature" }),
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
const dateTimeField = (label: string) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(DATE_TIME, `Enter the ${label} as a date and time, e.g. 2025-03-01 14:30`)
      // PostgreSQL has no year 0, and nobody signed here before 2000: a clear message, not an error page.
      .refine((value) => !hasYearOutside(value, RECENT_YEARS), `${yearsMessage(RECENT_YEARS)} for the ${label}`)
      // Date.parse rolls 30 February over to March: a real date reads back the same.
      .refine((value) => {
        const time = Date.parse(`${value}Z`);
        return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 16) === value.slice(0, 16);
      }, `Enter a real date and time for the ${label}`)
      .optional(),
  );

const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const emailDomainField = z.preprocess(
  (value) => (typeof value === "string" ? blankToUndefined(value.trim().toLowerCase().replace(/^@/, "").replace(/\.$/, "")) : value),
  z.string().regex(DOMAIN, "Enter an email domain like spam.example, without the part before the @").optional(),
);

const ipHashField = z.preprocess(
  (value) => (typeof value === "string" ? blankToUndefined(value.trim().toLowerCase()) : value),
  z
    .string()
    .regex(/^[0-9a-f]{64}$/, "Paste a whole client-address hash: 64 characters, 0-9 and a-f, as listed below")
    .optional(),
);

export const NO_CRITERION = "Give at least one criterion: a time window, an email domain or a client-address hash";

const filterFields = {
  campaignSlug,
  from: dateTimeField("start of the time window"),
  to: dateTimeField("end of the time window"),
  emailDomain: emailDomainField,
  ipHash: ipHashField,
};

type FilterValues = { from?: string; to?: string; emailDomain?: string; ipHash?: string };

function checkFilter(values: FilterValues, context: z.RefinementCtx) {
  if (!values.from && !values.to && !values.emailDomain && !values.ipHash) {
    context.addIssue({ code: "custom", path: ["from"], message: NO_CRITERION });
  }
  if (values.from && values.to && Date.parse(`${values.from}Z`) >= Date.parse(`${values.to}Z`)) {
    context.addIssue({ code: "custom", path: ["to"], message: "The end of the time window must come after its start" });
  }
}

/** The filter alone: what "Preview" counts. */
export const invalidationPreviewSchema = z.object(filterFields).superRefine(checkFilter);
export type InvalidationPreviewInput = z.input<typeof invalidationPreviewSchema>;

/** The filter again, the count the moderator saw, and why: what "Invalidate N signatures" does. */
export const invalidationSchema = z
  .object({
    ...filterFields,
    expectedCount: z.coerce.number({ message: "Preview the filter first" }).int().min(1, "Nothing matches this filter"),
    reason: multiLine(
      z
        .string({ message: "Say why these signatures are invalid" })
        .trim()
        .min(3, "Say why these signatures are invalid, e.g. “bulk sign-ups from one network”")
        .max(500, "At most 500 characters"),
    ),
  })
  .superRefine(checkFilter);
export type InvalidationInput = z.input<typeof invalidationSchema>;

export const undoInvalidationSchema = z.object({
  campaignSlug,
  invalidationId: z.guid({ message: "Choose an invalidation" }),
});

/** The stored form of a filter: ISO times, only the criteria given. */
export function toInvalidationFilter(values: FilterValues): InvalidationFilter {
  return {
    ...(values.from && { from: new Date(`${values.from}Z`).toISOString() }),
    ...(values.to && { to: new Date(`${values.to}Z`).toISOString() }),
    ...(values.emailDomain && { emailDomain: values.emailDomain }),
    ...(values.ipHash && { ipHash: values.ipHash }),
  };
}

/** A filter in words, for the list of invalidations and the audit log. */
export function describeFilter(filter: InvalidationFilter): string {
  const parts = [
    filter.from && `signed from ${filter.from.slice(0, 16).replace("T", " ")} UTC`,
    filter.to && `signed before ${filter.to.slice(0, 16).replace("T", " ")} UTC`,
    filter.emailDomain && `email domain ${filter.emailDomain}`,
    filter.ipHash && `client address hash ${filter.ipHash.slice(0, 12)}…`,
  ].filter(Boolean);
  return parts.join(", ");
}

export const MODERATION_SEARCH_MAX = 100;
