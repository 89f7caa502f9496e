import { z } from "zod";
import type { SignerFieldRule, SignerFields } from "@/lib/db/schema";
import { OFFICES, type Office } from "@/lib/signatory-list/offices";
import { isMultiLineText, isSingleLineText } from "@/lib/validation/text";
import { isCountryCode } from "./countries";

// One schema for the sign form, built from the fields a campaign asks for. The form validates with
// it through react-hook-form; the server action and the JSON API validate again with the same one.

function textField(label: string, max: number) {
  return (
    z
      .string({ error: `Enter your ${label}` })
      .trim()
      .min(1, `Enter your ${label}`)
      .max(max, `Your ${label} must be ${max} characters or fewer`)
      // One-line fields: no control character at all, tab and newline included (lib/validation/text).
      .refine(isSingleLineText, `Your ${label} contains characters that are not allowed`)
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
    .max(500, "Your comment must be 500 characters or fewer")
    .refine(isMultiLineText, "Your comment contains characters that are not allowed")
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

const emailField = z
  .string({ error: "Enter your email address" })
  .trim()
  .min(1, "Enter your email address")
  .max(254, "Your email address must be 254 characters or fewer")
  .pipe(z.email("Enter an email address in the correct format, like name@example.com"));

export function buildSignatureSchema(fields: SignerFields) {
  const shape = {
    fullName: textField("full name", 100),
    email: emailField,
    consent: z.preprocess(
      (value) => value === true || value === "on" || value === "true",
      z.literal(true, { error: "You must agree before you can sign" }),
    ),
    optInUpdates: checkbox,
    showName: checkbox,
    comment: commentField,
    utmSource: sourceTag,
    utmMedium: sourceTag,
    utmCampaign: sourceTag,
    referrerHost,
    // Honeypot: hidden from people, filled in by naive bots. Accepted here, checked by the mutation.
    website: z.string().max(500).optional(),
    ...(fields.country !== "off" && {
      country: withRule(fields.country, z.string({ error: "Select your country" }).refine(isCountryCode, "Select your country from the list")),
    }),
    ...(fields.city !== "off" && { city: withRule(fields.city, textField("city", 100)) }),
    ...(fields.postcode !== "off" && { postcode: withRule(fields.postcode, textField("postcode", 20)) }),
    ...(fields.office !== "off" && {
      office: withRule(fields.office, z.enum(Object.keys(OFFICES) as [Office, ...Office[]], { error: "Select your office" })),
    }),
    ...(fields.municipality !== "off" && {
      municipality: withRule(fields.municipality, textField("municipality", 120)),
    }),
  };
  return z.object(shape);
}

export type SignatureInput = {
  fullName: string;
  email: string;
  consent: true;
  optInUpdates: boolean;
  showName: boolean;
  comment?: string;
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
};

export type FieldErrors = Partial<Record<keyof SignatureInput | "form", string>>;

// Building a zod schema costs far more than using one; campaigns share a handful of field sets.
const schemaCache = new Map<string, ReturnType<typeof buildSignatureSchema>>();

function schemaFor(fields: SignerFields) {
  const key = `${fields.country}|${fields.city}|${fields.postcode}|${fields.office}|${fields.municipality}`;
  let schema = schemaCache.get(key);
  if (!schema) {
    schema = buildSignatureSchema(fields);
    schemaCache.set(key, schema);
  }
  return schema;
}

/** Validates untrusted input against a campaign's schema; first message per field. */
export function parseSignatureInput(
  fields: SignerFields,
  input: unknown,
): { ok: true; data: SignatureInput } | { ok: false; fieldErrors: FieldErrors } {
  const result = schemaFor(fields).safeParse(input);
  if (result.success) return { ok: true, data: result.data as SignatureInput };
  const fieldErrors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const key = (issue.path[0] ?? "form") as keyof FieldErrors;
    fieldErrors[key] ??= issue.message;
  }
  return { ok: false, fieldErrors };
}

export const tokenFormSchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, "This link is not valid"),
});
