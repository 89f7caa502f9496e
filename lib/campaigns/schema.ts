import { z } from "zod";
import type { SignerFieldRule, SignerFields } from "@/lib/db/schema";
import { hasYearOutside, RECENT_YEARS, yearsMessage } from "@/lib/validation/dates";
import { isSingleLineText, multiLine, paragraphText, singleLine } from "@/lib/validation/text";
import { SLUG_MAX_LENGTH, SLUG_PATTERN, slugSchema } from "@/lib/validation/slug";
import { parseFormDate } from "./form-dates";

// Inputs of the campaign forms (issue #3): the same schemas check fields in the browser
// (react-hook-form) and again in the server actions. Form values arrive as strings.

// "new" is the organizer page that creates a campaign (/organizer/campaigns/new): a campaign with
// that address could never be edited.
const RESERVED_SLUGS = new Set(["new"]);

/** The address an organizer chooses for a campaign. */
const campaignSlugSchema = z
  .string({ error: "Enter an address for the campaign" })
  .trim()
  .min(3, "The address must be 3 to 80 characters long")
  .max(SLUG_MAX_LENGTH, "The address must be 3 to 80 characters long")
  .regex(SLUG_PATTERN, "Use lower-case letters a–z, digits and single hyphens, e.g. un-inquiry-1988")
  .refine((slug) => !RESERVED_SLUGS.has(slug), "This address is reserved: choose another");

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

const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);
const numberToString = (value: unknown) => (typeof value === "number" ? String(value) : value);

/** A textarea: paragraphs keep their line breaks, as LF; other control characters are refused (lib/validation/text). */
const optionalParagraphs = (label: string, max: number) =>
  z.preprocess((value) => value ?? "", multiLine(paragraphText().trim().max(max, `${label} must be ${max} characters or fewer`)));

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
        if (!date) return refuse("Enter a date like 2026-05-01, with a time if you want one");
        // Closing on 9999-12-31 ends in year 10000, which the form could not show back.
        if (date.getUTCFullYear() > RECENT_YEARS.max) return refuse(yearsMessage(RECENT_YEARS));
        return date;
      })
      .optional(),
  );

// A rule the form did not send means the field is not asked (a declaration forces office and
// municipality to required whatever is sent).
const signerRule = z.preprocess((value) => value ?? "off", z.enum(SIGNER_FIELD_RULES, { error: "Choose required, optional or not asked" }));

const checkbox = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());

const httpsImageUrl = z.preprocess(
  blankToUndefined,
  z
    .string()
    .trim()
    .max(2000, "The image address must be 2,000 characters or fewer")
    .refine((value) => isSingleLineText(value) && isHttpsUrl(value), "Enter an image address that starts with https://")
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
    .max(500, "List at most a few milestones")
    .transform((value, ctx) => {
      const parts = value
        .split(",")
        .map((part) => part.trim())
        .filter(Boolean);
      if (parts.some((part) => !/^\d{1,9}$/.test(part))) {
        ctx.addIssue({ code: "custom", message: "Write milestones as whole numbers separated by commas, e.g. 15000, 20000" });
        return z.NEVER;
      }
      return parts.map(Number);
    }),
);

const baseShape = {
  title: singleLine(z.string({ error: "Enter a title" }).trim().min(1, "Enter a title").max(200, "The title must be 200 characters or fewer")),
  slug: campaignSlugSchema,
  kind: z.enum(["petition", "declaration"], { error: "Choose whether it is a petition or a declaration" }),
  summary: optionalParagraphs("The summary", 1000),
  statement: optionalParagraphs("The statement", 20_000),
  decisionMakers: z.preprocess(
    (value) => value ?? "",
    multiLine(paragraphText().max(5000, "The decision makers must be 5,000 characters or fewer"))
      .transform((value) =>
        value
          .split("\n")
          .map((line) => line.trim())
          .filter(Boolean),
      )
      .refine((names) => names.length <= 50, "Name at most 50 decision makers")
      .refine((names) => names.every((name) => name.length <= 200), "Each decision maker must be 200 characters or fewer")
      .refine((names) => names.every(isSingleLineText), "Write each decision maker on a line of their own, without tabs"),
  ),
  goal: z.preprocess(
    numberToString,
    z
      .string({ error: "Enter a goal" })
      .trim()
      .min(1, "Enter a goal")
      .regex(/^\d{1,9}$/, "Enter the goal as a whole number, e.g. 10000")
      .transform(Number)
      .refine((goal) => goal >= 1, "The goal must be at least 1"),
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
    singleLine(z.string().trim().max(300, "The image description must be 300 characters or fewer")).optional(),
  ),
  milestones: milestoneList,
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
      ctx.addIssue({ code: "custom", path: ["closesAt"], message: "The closing date is in the past: choose a later one, or leave it empty" });
    } else if (closesAt && opensAt && closesAt <= opensAt) {
      ctx.addIssue({ code: "custom", path: ["closesAt"], message: "The closing date must be after the opening date" });
    }
    if (values.featuredImageUrl && !values.featuredImageAlt) {
      ctx.addIssue({ code: "custom", path: ["featuredImageAlt"], message: "Describe the image for people who cannot see it" });
    }
    const milestones = values.milestones;
    if (milestones.some((m, i) => m <= values.goal || (i > 0 && m <= milestones[i - 1]))) {
      ctx.addIssue({ code: "custom", path: ["milestones"], message: "Milestones must be above the goal and in ascending order" });
    }
  };
}

export type CampaignInput = {
  title: string;
  slug: string;
  kind: CampaignKind;
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
};

function toCampaignInput(values: BaseValues): CampaignInput {
  const declaration = values.kind === "declaration";
  return {
    title: values.title,
    slug: values.slug,
    kind: values.kind,
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
  transition: z.enum(TRANSITION_NAMES, { error: "Choose what to do with the campaign" }),
});

export const UPDATE_KINDS = {
  news: "News",
  delivered: "Delivered to the decision makers",
  response: "Response received",
  won: "Won",
} as const;
export type UpdateKind = keyof typeof UPDATE_KINDS;
export const OUTCOME_KINDS = ["delivered", "response", "won"] as const satisfies UpdateKind[];

export const campaignUpdateSchema = z.object({
  campaignSlug: slugSchema,
  kind: z.enum(["news", ...OUTCOME_KINDS], { error: "Choose what happened" }),
  title: singleLine(z.string({ error: "Enter a title" }).trim().min(1, "Enter a title").max(200, "The title must be 200 characters or fewer")),
  body: multiLine(
    paragraphText({ error: "Write the update" }).trim().min(1, "Write the update").max(10_000, "The update must be 10,000 characters or fewer"),
  ),
});
export type CampaignUpdateInput = z.input<typeof campaignUpdateSchema>;
