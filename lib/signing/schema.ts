import { z } from "zod";
import type { SignerFieldRule, SignerFields } from "@/lib/db/schema";
import { OFFICES, type Office } from "@/lib/signatory-list/offices";
import { isMultiLineText, isSingleLineText } from "@/lib/validation/text";
import { messageKey } from "@/lib/i18n/message-key";
import { LOCALES, type Locale } from "@/lib/i18n/routing";
import { isCountryCode } from "./countries";
import { communeCodeSchema } from "@/lib/communes/schema";

// One schema for the sign form, built from the fields a campaign asks for. The form validates with
// it through react-hook-form; the server action and the JSON API validate again with the same one.
// Its messages are catalog keys (lib/i18n/message-key.ts), shown in the reader's language.

const error = (key: string, values?: Record<string, number>) => messageKey(`signing.errors.${key}`, values);

function textField(field: "fullName" | "city" | "postcode" | "municipality", max: number) {
  return (
    z
      .string({ error: error(`${field}.required`) })
      .trim()
      .min(1, error(`${field}.required`))
      .max(max, error(`${field}.tooLong`, { max }))
      // One-line fields: no control character at all, tab and newline included (lib/validation/text).
      .refine(isSingleLineText, error(`${field}.notAllowed`))
  );
}

// Empty strings are what an untouched optional input sends; treat them as "not given".
function withRule<T extends z.ZodType>(rule: SignerFieldRule, field: T) {
  if (rule === "required") return field;
  return z.preprocess((value) => (value === "" || value === null ? undefined : value), field.optional());
}

// A comment may run over several lines, so only the other control characters are refused.
const commentField = z.preprocess(
  (value) => (value === "" || value === null ? undefined : value),
  z
    .string()
    .trim()
    .max(500, error("comment.tooLong", { max: 500 }))
    .refine(isMultiLineText, error("comment.notAllowed"))
    .optional(),
);

// Where the signer came from. Never a reason to refuse a signature: a tag that is not plain text is
// dropped. The referrer is kept as a host name only.
const sourceTag = z
  .string()
  .trim()
  .max(100)
  .regex(/^[^\u0000-\u001f\u007f<>]+$/)
  .optional()
  .catch(undefined);
const referrerHost = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9.-]{1,253}$/)
  .optional()
  .catch(undefined);

const checkbox = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());

/** The signer's address, as every way of signing validates it; "Manage my signatures" (lib/my-signatures) asks for it the same way. */
export const signerEmailSchema = z
  .string({ error: error("email.required") })
  .trim()
  .min(1, error("email.required"))
  .max(254, error("email.tooLong", { max: 254 }))
  .pipe(z.email(error("email.format")));

// The language the signer signs in, which every later email to them is written in (issue #12).
// The sign form's action sets it from the page; the JSON API may send it; anyone else gets English.
const localeField = z.enum(LOCALES as [Locale, ...Locale[]], { error: error("locale") }).default("en");

export function buildSignatureSchema(fields: SignerFields) {
  const shape = {
    fullName: textField("fullName", 100),
    email: signerEmailSchema,
    consent: z.preprocess((value) => value === true || value === "on" || value === "true", z.literal(true, { error: error("consent") })),
    optInUpdates: checkbox,
    showName: checkbox,
    comment: commentField,
    locale: localeField,
    utmSource: sourceTag,
    utmMedium: sourceTag,
    utmCampaign: sourceTag,
    referrerHost,
    // Honeypot: hidden from people, filled in by naive bots. Accepted here, checked by the mutation.
    website: z.string().max(500).optional(),
    ...(fields.country !== "off" && {
      country: withRule(fields.country, z.string({ error: error("country.required") }).refine(isCountryCode, error("country.notInList"))),
    }),
    ...(fields.city !== "off" && { city: withRule(fields.city, textField("city", 100)) }),
    ...(fields.postcode !== "off" && { postcode: withRule(fields.postcode, textField("postcode", 20)) }),
    ...(fields.office !== "off" && {
      office: withRule(fields.office, z.enum(Object.keys(OFFICES) as [Office, ...Office[]], { error: error("office") })),
    }),
    ...(fields.municipality !== "off" && {
      municipality: withRule(fields.municipality, textField("municipality", 120)),
      // A French official's commune, chosen from the official list (issue #14). A code that is not
      // one is dropped, not refused: the municipality's name is then resolved on the server.
      communeCode: z.preprocess((value) => (value === "" || value === null ? undefined : value), communeCodeSchema.optional()).catch(undefined),
    }),
  };
  return z.object(shape);
}

export type SignatureInput = {
  fullName: string;
  email: string;
  /** False only where consent may follow, on the confirmation page (an OSDI client's signature). */
  consent: boolean;
  optInUpdates: boolean;
  showName: boolean;
  comment?: string;
  locale: Locale;
  utmSource?: string;
  utmMedium?: string;
  utmCampaign?: string;
  referrerHost?: string;
  website?: string;
  country?: string;
  city?: string;
  postcode?: string;
  office?: Office;
  municipality?: string;
  /** The INSEE code of a French official's commune (issue #14); set by the server from the list. */
  communeCode?: string;
};

export type FieldErrors = Partial<Record<keyof SignatureInput | "form", string>>;

// Building a zod schema costs far more than using one; campaigns share a handful of field sets.
const schemaCache = new Map<string, z.ZodType>();

function schemaFor(fields: SignerFields, consent: ConsentRule) {
  const key = `${fields.country}|${fields.city}|${fields.postcode}|${fields.office}|${fields.municipality}|${consent}`;
  let schema = schemaCache.get(key);
  if (!schema) {
    const base = buildSignatureSchema(fields);
    schema = consent === "required" ? base : base.extend({ consent: checkbox });
    schemaCache.set(key, schema);
  }
  return schema;
}

/**
 * "required": the signer ticks the box where they sign (the form, the JSON API). "may-follow": OSDI
 * has no consent field, so a standard client sends none; the signature is then kept without consent
 * and its owner gives it on the confirmation page, before it can count (issue #13).
 */
export type ConsentRule = "required" | "may-follow";

/** Validates untrusted input against a campaign's schema; first message (a catalog key) per field. */
export function parseSignatureInput(
  fields: SignerFields,
  input: unknown,
  consent: ConsentRule = "required",
): { ok: true; data: SignatureInput } | { ok: false; fieldErrors: FieldErrors } {
  const result = schemaFor(fields, consent).safeParse(input);
  if (result.success) return { ok: true, data: result.data as SignatureInput };
  const fieldErrors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const key = (issue.path[0] ?? "form") as keyof FieldErrors;
    fieldErrors[key] ??= issue.message;
  }
  return { ok: false, fieldErrors };
}

export const tokenFormSchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, error("linkNotValid")),
});

// The confirmation: its token, and the consent box the page shows when the signature has no
// consent yet (issue #13). Whether the box was needed is the mutation's to decide, not the form's.
export const confirmFormSchema = tokenFormSchema.extend({ consent: checkbox });
