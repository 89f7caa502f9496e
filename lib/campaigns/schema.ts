import { z } from "zod";
import type { SignerFieldRule, SignerFields } from "@/lib/db/schema";
import { messageKey } from "@/lib/i18n/message-key";
import { hasYearOutside, RECENT_YEARS } from "@/lib/validation/dates";
import { isSingleLineText, multiLine, paragraphText, singleLine } from "@/lib/validation/text";
import { SLUG_MAX_LENGTH, SLUG_PATTERN, slugSchema } from "@/lib/validation/slug";
import { LOCALES, type Locale } from "@/lib/i18n/routing";
import { parseFormDate } from "./form-dates";
import { RETENTION_MONTHS } from "./retention";
import { PROOF_OF_WORK_MODES, type ProofOfWorkMode } from "@/lib/proof-of-work/schema";

// Inputs of the campaign forms (issue #3): the same schemas check fields in the browser
// (react-hook-form) and again in the server actions. Form values arrive as strings. Their messages
// are catalog keys (lib/i18n/message-key.ts), shown in the reader's language by the form.

const E = (key: string, values?: Record<string, string | number>) => messageKey(`editor.errors.${key}`, values);
const yearsMessage = (range: { min: number; max: number }) => E("yearRange", range);

// "new" is the organizer page that creates a campaign (/organizer/campaigns/new): a campaign with
// that address could never be edited.
const RESERVED_SLUGS = new Set(["new"]);

/** The address an organizer chooses for a campaign. */
const campaignSlugSchema = z
  .string({ error: E("slugRequired") })
  .trim()
  .min(3, E("slugLength", { min: 3, max: SLUG_MAX_LENGTH }))
  .max(SLUG_MAX_LENGTH, E("slugLength", { min: 3, max: SLUG_MAX_LENGTH }))
  .regex(SLUG_PATTERN, E("slugPattern", { example: "un-inquiry-1988" }))
  .refine((slug) => !RESERVED_SLUGS.has(slug), E("slugReserved"));

export const CAMPAIGN_KINDS = {
  petition: "A petition anyone can sign",
  declaration: "A declaration of elected officials (asks their office and municipality)",
} as const;
type CampaignKind = keyof typeof CAMPAIGN_KINDS;

export const SIGNER_FIELDS = {
  country: "Country",
  city: "City",
  postcode: "Postcode",
  office: "Office",
  municipality: "Municipality",
} as const satisfies Record<keyof SignerFields, string>;
export const SIGNER_FIELD_RULES = ["required", "optional", "off"] as const satisfies SignerFieldRule[];
/** The form field that carries each signer field's rule. */
export const SIGNER_FIELD_INPUTS = {
  country: "signerCountry",
  city: "signerCity",
  postcode: "signerPostcode",
  office: "signerOffice",
  municipality: "signerMunicipality",
} as const satisfies Record<keyof SignerFields, string>;
export const signerFieldInput = <F extends keyof SignerFields>(field: F) => SIGNER_FIELD_INPUTS[field];

const RETENTION_RANGE = { min: RETENTION_MONTHS.min, max: RETENTION_MONTHS.max };
const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);
const numberToString = (value: unknown) => (typeof value === "number" ? String(value) : value);

/** A textarea: paragraphs keep their line breaks, as LF; other control characters are refused (lib/validation/text). */
const optionalParagraphs = (key: "summaryTooLong" | "statementTooLong", max: number) =>
  z.preprocess((value) => value ?? "", multiLine(paragraphText().trim().max(max, E(key, { max }))));

const formDate = (boundary: "start" | "end") =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .transform((value, ctx) => {
        const refuse = (message: string) => {
          ctx.addIssue({ code: "custom", message });
          return z.NEVER;
        };
        // PostgreSQL has no year 0, and a campaign runs in this platform's lifetime: 2000 to 9999.
        if (hasYearOutside(value, RECENT_YEARS)) return refuse(yearsMessage(RECENT_YEARS));
        const date = parseFormDate(value, boundary);
        if (!date) return refuse(E("dateInvalid", { example: "2026-05-01" }));
        // Closing on 9999-12-31 ends in year 10000, which the form could not show back.
        if (date.getUTCFullYear() > RECENT_YEARS.max) return refuse(yearsMessage(RECENT_YEARS));
        return date;
      })
      .optional(),
  );

// A rule the form did not send means the field is not asked (a declaration forces office and
// municipality to required whatever is sent).
const signerRule = z.preprocess((value) => value ?? "off", z.enum(SIGNER_FIELD_RULES, { error: E("signerRule") }));

const checkbox = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());

const httpsImageUrl = z.preprocess(
  blankToUndefined,
  z
    .string()
    .trim()
    .max(2000, E("imageUrlTooLong", { max: 2000 }))
    .refine((value) => isSingleLineText(value) && isHttpsUrl(value), E("imageUrlHttps"))
    .optional(),
);

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.hostname !== "";
  } catch {
    return false;
  }
}

const milestoneList = z.preprocess(
  (value) => (typeof value === "string" ? value : ""),
  z
    .string()
    .max(500, E("milestonesTooLong"))
    .transform((value, ctx) => {
      const parts = value
        .split(",")
        .map((part) => part.trim())
        .filter(Boolean);
      if (parts.some((part) => !/^\d{1,9}$/.test(part))) {
        ctx.addIssue({ code: "custom", message: E("milestonesNumbers", { example: "15000, 20000" }) });
        return z.NEVER;
      }
      return parts.map(Number);
    }),
);

const baseShape = {
  title: singleLine(
    z
      .string({ error: E("titleRequired") })
      .trim()
      .min(1, E("titleRequired"))
      .max(200, E("titleTooLong", { max: 200 })),
  ),
  slug: campaignSlugSchema,
  kind: z.enum(["petition", "declaration"], { error: E("kindRequired") }),
  // The language its texts are written in, authoritative over any translation (issue #12). A form
  // without it (an API client, a page from before the field) keeps the stored one; a new campaign
  // without it is in English.
  language: z.preprocess(blankToUndefined, z.enum(LOCALES, { error: E("languageRequired") }).optional()),
  summary: optionalParagraphs("summaryTooLong", 1000),
  statement: optionalParagraphs("statementTooLong", 20_000),
  decisionMakers: z.preprocess(
    (value) => value ?? "",
    multiLine(paragraphText().max(5000, E("decisionMakersTooLong", { max: 5000 })))
      .transform((value) =>
        value
          .split("\n")
          .map((line) => line.trim())
          .filter(Boolean),
      )
      .refine((names) => names.length <= 50, E("decisionMakersTooMany", { max: 50 }))
      .refine((names) => names.every((name) => name.length <= 200), E("decisionMakerTooLong", { max: 200 }))
      .refine((names) => names.every(isSingleLineText), E("decisionMakersOneLine")),
  ),
  goal: z.preprocess(
    numberToString,
    z
      .string({ error: E("goalRequired") })
      .trim()
      .min(1, E("goalRequired"))
      .regex(/^\d{1,9}$/, E("goalNumber", { example: "10000" }))
      .transform(Number)
      .refine((goal) => goal >= 1, E("goalMin", { min: 1 })),
  ),
  opensAt: formDate("start"),
  closesAt: formDate("end"),
  signerCountry: signerRule,
  signerCity: signerRule,
  signerPostcode: signerRule,
  signerOffice: signerRule,
  signerMunicipality: signerRule,
  listNamesPublicly: checkbox,
  featuredImageUrl: httpsImageUrl,
  featuredImageAlt: z.preprocess(
    blankToUndefined,
    singleLine(
      z
        .string()
        .trim()
        .max(300, E("imageAltTooLong", { max: 300 })),
    ).optional(),
  ),
  milestones: milestoneList,
  // Privacy (issue #13): months after closing until signers' data is anonymised, and whether a
  // declaration keeps its public list. Absent (an API client, a form shown to an editor, who may not
  // change them): unchanged.
  retentionMonths: z.preprocess(
    (value) => blankToUndefined(numberToString(value)),
    z
      .string()
      .trim()
      .regex(/^\d{1,2}$/, E("retentionMonths", RETENTION_RANGE))
      .transform(Number)
      .refine((months) => months >= RETENTION_RANGE.min && months <= RETENTION_RANGE.max, E("retentionMonths", RETENTION_RANGE))
      .optional(),
  ),
  keepPublicList: z.preprocess(blankToUndefined, z.enum(["keep", "erase"], { error: E("keepPublicList") }).optional()),
  // Fraud defenses (issue #13): whether signing asks for a proof of work. The owners' call, like the
  // retention; absent (an editor's form): unchanged.
  proofOfWork: z.preprocess(blankToUndefined, z.enum(PROOF_OF_WORK_MODES, { error: E("proofOfWork") }).optional()),
};

type BaseValues = z.output<z.ZodObject<typeof baseShape>>;

export type CampaignFormOptions = {
  /** The stored closing date when editing: keeping it is allowed even once it has passed. */
  keepClosesAt?: Date | null;
  now?: () => Date;
};

function checkCampaign(options: CampaignFormOptions) {
  return (values: BaseValues, ctx: z.RefinementCtx) => {
    const now = options.now?.() ?? new Date();
    const { opensAt, closesAt } = values;
    const kept = closesAt && options.keepClosesAt && closesAt.getTime() === options.keepClosesAt.getTime();
    if (closesAt && closesAt <= now && !kept) {
      ctx.addIssue({ code: "custom", path: ["closesAt"], message: E("closesInPast") });
    } else if (closesAt && opensAt && closesAt <= opensAt) {
      ctx.addIssue({ code: "custom", path: ["closesAt"], message: E("closesBeforeOpens") });
    }
    if (values.featuredImageUrl && !values.featuredImageAlt) {
      ctx.addIssue({ code: "custom", path: ["featuredImageAlt"], message: E("imageAltRequired") });
    }
    const milestones = values.milestones;
    if (milestones.some((m, i) => m <= values.goal || (i > 0 && m <= milestones[i - 1]))) {
      ctx.addIssue({ code: "custom", path: ["milestones"], message: E("milestonesOrder") });
    }
  };
}

export type CampaignInput = {
  title: string;
  slug: string;
  kind: CampaignKind;
  /** Absent: unchanged (a new campaign: English). */
  language?: Locale;
  summary: string;
  statement: string;
  decisionMakers: string[];
  goal: number;
  opensAt: Date | null;
  closesAt: Date | null;
  signerFields: SignerFields;
  listNamesPublicly: boolean;
  featuredImageUrl: string | null;
  featuredImageAlt: string | null;
  milestones: number[];
  /** Absent: unchanged (a new campaign: the defaults, 6 months and no list kept). */
  retentionMonths?: number;
  keepPublicList?: boolean;
  /** Absent: unchanged (a new campaign: off). */
  proofOfWork?: ProofOfWorkMode;
};

function toCampaignInput(values: BaseValues): CampaignInput {
  const declaration = values.kind === "declaration";
  return {
    title: values.title,
    slug: values.slug,
    kind: values.kind,
    ...(values.language && { language: values.language }),
    summary: values.summary,
    statement: values.statement,
    decisionMakers: values.decisionMakers,
    goal: values.goal,
    opensAt: values.opensAt ?? null,
    closesAt: values.closesAt ?? null,
    // A declaration is signed by elected officials: it always asks their office and municipality.
    signerFields: {
      country: values.signerCountry,
      city: values.signerCity,
      postcode: values.signerPostcode,
      office: declaration ? "required" : values.signerOffice,
      municipality: declaration ? "required" : values.signerMunicipality,
    },
    listNamesPublicly: values.listNamesPublicly,
    featuredImageUrl: values.featuredImageUrl ?? null,
    featuredImageAlt: values.featuredImageUrl ? (values.featuredImageAlt ?? null) : null,
    milestones: values.milestones,
    ...(values.retentionMonths !== undefined && { retentionMonths: values.retentionMonths }),
    // Only a declaration keeps a public list past anonymisation.
    ...(values.keepPublicList !== undefined && { keepPublicList: declaration && values.keepPublicList === "keep" }),
    ...(values.proofOfWork !== undefined && { proofOfWork: values.proofOfWork }),
  };
}

/** "Create draft": the campaign's fields, and the event it is built on (from ?event=). */
export function buildCreateCampaignSchema(options: CampaignFormOptions = {}) {
  return z
    .object({ ...baseShape, eventSlug: z.preprocess(blankToUndefined, slugSchema.optional()) })
    .superRefine(checkCampaign(options))
    .transform((values) => ({ ...toCampaignInput(values), eventSlug: values.eventSlug ?? null }));
}

/** Saving the settings: `campaignSlug` names the campaign as it is now (its slug may change). */
export function buildEditCampaignSchema(options: CampaignFormOptions = {}) {
  return z
    .object({ ...baseShape, campaignSlug: slugSchema })
    .superRefine(checkCampaign(options))
    .transform((values) => ({ ...toCampaignInput(values), campaignSlug: values.campaignSlug }));
}

export type CampaignFormValues = Record<keyof typeof baseShape, string | boolean> & { eventSlug?: string; campaignSlug?: string };
export type CampaignFormField = keyof typeof baseShape;

const TRANSITION_NAMES = ["publish", "close", "reopen", "archive", "restore"] as const;
export type TransitionName = (typeof TRANSITION_NAMES)[number];

export const changeStatusSchema = z.object({
  campaignSlug: slugSchema,
  transition: z.enum(TRANSITION_NAMES, { error: E("transitionRequired") }),
});

// Their names are in the catalogs (campaign.updateKinds).
const UPDATE_KIND_NAMES = ["news", "delivered", "response", "won"] as const;
export type UpdateKind = (typeof UPDATE_KIND_NAMES)[number];
export const OUTCOME_KINDS = ["delivered", "response", "won"] as const satisfies UpdateKind[];

const updateTitle = singleLine(
  z
    .string({ error: E("titleRequired") })
    .trim()
    .min(1, E("titleRequired"))
    .max(200, E("titleTooLong", { max: 200 })),
);
const updateBody = multiLine(
  paragraphText({ error: E("updateBodyRequired") })
    .trim()
    .min(1, E("updateBodyRequired"))
    .max(10_000, E("updateBodyTooLong", { max: 10_000 })),
);

export const campaignUpdateSchema = z.object({
  campaignSlug: slugSchema,
  kind: z.enum(["news", ...OUTCOME_KINDS], { error: E("updateKindRequired") }),
  // The language it is written in (issue #12); without one, the campaign's.
  language: z.preprocess(blankToUndefined, z.enum(LOCALES, { error: E("languageRequired") }).optional()),
  title: updateTitle,
  body: updateBody,
  // A "delivered" outcome may name the delivery pack handed over (issue #14): one of the campaign's finished packs.
  snapshotId: z.preprocess(blankToUndefined, z.guid({ message: E("snapshotUnknown") }).optional()),
});
export type CampaignUpdateInput = z.input<typeof campaignUpdateSchema>;

/** A campaign's texts in another language than its authoritative one (lib/campaigns/translations.ts). */
export const campaignTranslationSchema = z.object({
  campaignSlug: slugSchema,
  language: z.enum(LOCALES, { error: E("languageRequired") }),
  title: baseShape.title,
  summary: baseShape.summary,
  statement: baseShape.statement,
  decisionMakers: baseShape.decisionMakers,
});
export type CampaignTranslationData = z.output<typeof campaignTranslationSchema>;
export type TranslationFields = "language" | "title" | "summary" | "statement" | "decisionMakers";

export const deleteTranslationSchema = z.object({
  campaignSlug: slugSchema,
  language: z.enum(LOCALES, { error: E("languageRequired") }),
});

/** An update's title and body in another language than it was written in. */
export const updateTranslationSchema = z.object({
  campaignSlug: slugSchema,
  updateId: z.guid({ message: E("updateRequired") }),
  language: z.enum(LOCALES, { error: E("languageRequired") }),
  title: updateTitle,
  body: updateBody,
});
export type UpdateTranslationData = z.output<typeof updateTranslationSchema>;
export type UpdateTranslationFields = "language" | "title" | "body";

export const deleteUpdateTranslationSchema = z.object({
  campaignSlug: slugSchema,
  updateId: z.guid({ message: E("updateRequired") }),
  language: z.enum(LOCALES, { error: E("languageRequired") }),
});
