import { z } from "zod";
import { LOCALES, type Locale } from "@/lib/i18n/routing";

// Inputs of the OSDI API (Open Supporter Data Interface v1.x, https://opensupporter.github.io/osdi-docs/):
// the collection's page parameters and the Record Signature Helper's body.

/** Our OSDI namespace: the prefix of our identifiers ("petitions_app:<uuid>") and of our extension fields. */
export const OSDI_NAMESPACE = "petitions_app";

// OSDI has no consent, opt-in or public-name fields. A tool recording a signature may state each one
// explicitly with these top-level extension fields; only the JSON value `true` counts as yes. Without
// consent, the signer gives it on the confirmation page (issue #13).
export const CONSENT_FIELD = `${OSDI_NAMESPACE}:consent`;
export const OPT_IN_UPDATES_FIELD = `${OSDI_NAMESPACE}:opt_in_updates`;
export const SHOW_NAME_FIELD = `${OSDI_NAMESPACE}:show_name`;
// A campaign may ask for a proof of work (issue #13): the answer to a challenge from
// GET /api/v1/proof-of-work/challenge, as ALTCHA encodes it. Without it the signature is held for checking.
export const PROOF_OF_WORK_OSDI_FIELD = `${OSDI_NAMESPACE}:proof_of_work`;

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

// Digits only: "1.5", "1e2", " 2" and "" are refused rather than coerced into some other page.
const wholeNumber = (name: string, max: number) =>
  z
    .string()
    .regex(/^[1-9]\d{0,6}$/, `${name} must be a whole number of at least 1`)
    .transform(Number)
    .pipe(z.number().max(max, `${name} must be at most ${max}`));

const pageQuerySchema = z.object({
  page: wholeNumber("page", 1_000_000).default(1),
  per_page: wholeNumber("per_page", MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
});

export type PageQuery = { page: number; perPage: number };

/** `?lang=`: the language to read the petitions' texts in; without it, their originals. */
const languageSchema = z.enum(LOCALES).nullable();

export function parseLanguage(params: URLSearchParams): { ok: true; language: Locale | null } | { ok: false; message: string } {
  const result = languageSchema.safeParse(params.get("lang"));
  return result.success ? { ok: true, language: result.data } : { ok: false, message: `lang must be one of ${LOCALES.join(", ")}.` };
}

export function parsePageQuery(
  params: URLSearchParams,
): { ok: true; query: PageQuery } | { ok: false; errors: { property: string; message: string }[] } {
  const result = pageQuerySchema.safeParse({
    page: params.get("page") ?? undefined,
    per_page: params.get("per_page") ?? undefined,
  });
  if (result.success) return { ok: true, query: { page: result.data.page, perPage: result.data.per_page } };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => ({ property: String(issue.path[0]), message: issue.message })),
  };
}

// The helper's body is read leniently: a field of the wrong type counts as missing, and the
// campaign's own signature schema (lib/signing/schema.ts) then decides, with the same rules and
// messages as the sign form. So every answer comes from one validation, in the same order as the
// JSON API (unknown or closed petition before bad input). Unknown fields (identifiers,
// referrer_data, phone_numbers, add_tags, triggers, ...) are accepted and dropped.
const text = z.string().optional().catch(undefined);
const flag = z.boolean().optional().catch(undefined);
// An entry that is not an object becomes null and keeps its index, so error paths still point at it.
const entries = <T extends z.ZodType>(entry: T) => z.array(entry.nullable().catch(null)).optional().catch(undefined);

const emailAddressSchema = z.object({ address: text, primary: flag });
const postalAddressSchema = z.object({ locality: text, postal_code: text, country: text, primary: flag });

const personSchema = z.object({
  given_name: text,
  additional_name: text,
  family_name: text,
  email_addresses: entries(emailAddressSchema),
  postal_addresses: entries(postalAddressSchema),
  custom_fields: z.object({ office: text, municipality: text }).optional().catch(undefined),
});

export const recordSignatureHelperSchema = z
  .object({
    person: personSchema.optional().catch(undefined),
    comments: text,
    [CONSENT_FIELD]: z.literal(true).optional().catch(undefined),
    [OPT_IN_UPDATES_FIELD]: z.literal(true).optional().catch(undefined),
    [SHOW_NAME_FIELD]: z.literal(true).optional().catch(undefined),
    [PROOF_OF_WORK_OSDI_FIELD]: z.string().max(8_192).optional().catch(undefined),
  })
  .catch({});

export type OsdiEmailAddress = z.infer<typeof emailAddressSchema>;
export type OsdiPostalAddress = z.infer<typeof postalAddressSchema>;
