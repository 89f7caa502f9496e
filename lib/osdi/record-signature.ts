import { OFFICES } from "@/lib/signatory-list/offices";
import type { FieldErrors } from "@/lib/signing/schema";
import {
  CONSENT_FIELD,
  OPT_IN_UPDATES_FIELD,
  SHOW_NAME_FIELD,
  PROOF_OF_WORK_OSDI_FIELD,
  recordSignatureHelperSchema,
  type OsdiEmailAddress,
  type OsdiPostalAddress,
} from "./schema";

// The Record Signature Helper's body, mapped onto our signature input, and our field errors mapped
// back onto the OSDI properties they came from.
//
//   OSDI (request body)                                   our signature input
//   person.given_name + additional_name + family_name  →  fullName (joined with spaces)
//   person.email_addresses[i].address                  →  email; i = the entry with primary: true, else 0
//   person.postal_addresses[j].country                 →  country (ISO 3166-1 alpha-2, upper-cased);
//                                                          j = the entry with primary: true, else 0
//   person.postal_addresses[j].locality                →  city
//   person.postal_addresses[j].postal_code             →  postcode
//   person.custom_fields.office                        →  office, for declarations (one of the OFFICES keys)
//   person.custom_fields.municipality                  →  municipality, for declarations
//   comments                                           →  comment (shown beside the name only if it is listed)
//   "petitions_app:consent": true                      →  consent, recorded with the signature. Optional:
//                                                          OSDI has no consent field, so without it the
//                                                          confirmation page asks the signer (issue #13)
//   "petitions_app:opt_in_updates": true               →  optInUpdates (otherwise false)
//   "petitions_app:show_name": true                    →  showName (otherwise false)
//   "petitions_app:proof_of_work": "…"                 →  the answer to a proof-of-work challenge, for a
//                                                          campaign that asks for one (lib/proof-of-work)
//
// Not mapped: add_tags and the other helper action functions (we keep no tags or lists), identifiers,
// origin_system, action_date, referrer_data, phone numbers, address_lines, region. An email
// address's `status` ("subscribed") is deliberately not read as an opt-in: the signer must have
// chosen updates from this campaign. Fields a campaign does not ask for are ignored, as in the JSON API.

export type OsdiErrorDescription = { error_code: string; description: string; properties: string[]; hint?: string };

type Field = keyof FieldErrors;

type MappedSignature = {
  input: Record<string, unknown>;
  /** For each of our fields, the OSDI properties it was read from. */
  properties: Partial<Record<Field, string[]>>;
  proofOfWork: string | undefined;
};

export function toSignatureInput(body: unknown): MappedSignature {
  const parsed = recordSignatureHelperSchema.parse(body);
  const person = parsed.person ?? {};
  const email = chooseEntry<OsdiEmailAddress>(person.email_addresses);
  const postal = chooseEntry<OsdiPostalAddress>(person.postal_addresses);
  const fullName = [person.given_name, person.additional_name, person.family_name]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(" ");

  const emailPath = `person.email_addresses[${email.index}]`;
  const postalPath = `person.postal_addresses[${postal.index}]`;
  return {
    input: {
      fullName,
      email: email.entry?.address,
      consent: parsed[CONSENT_FIELD] === true,
      optInUpdates: parsed[OPT_IN_UPDATES_FIELD] === true,
      showName: parsed[SHOW_NAME_FIELD] === true,
      country: postal.entry?.country?.trim().toUpperCase(),
      city: postal.entry?.locality,
      postcode: postal.entry?.postal_code,
      office: person.custom_fields?.office,
      municipality: person.custom_fields?.municipality,
      comment: parsed.comments,
    },
    properties: {
      fullName: ["person.given_name", "person.family_name"],
      email: [`${emailPath}.address`],
      consent: [CONSENT_FIELD],
      optInUpdates: [OPT_IN_UPDATES_FIELD],
      showName: [SHOW_NAME_FIELD],
      website: [],
      country: [`${postalPath}.country`],
      city: [`${postalPath}.locality`],
      postcode: [`${postalPath}.postal_code`],
      office: ["person.custom_fields.office"],
      municipality: ["person.custom_fields.municipality"],
      comment: ["comments"],
      form: [],
    },
    proofOfWork: parsed[PROOF_OF_WORK_OSDI_FIELD],
  };
}

function chooseEntry<T extends { primary?: boolean }>(list: (T | null)[] | undefined): { entry?: T; index: number } {
  if (!list?.length) return { index: 0 };
  const primary = list.findIndex((entry) => entry?.primary === true);
  const index = Math.max(primary, 0);
  return { entry: list[index] ?? undefined, index };
}

const errorCodes: Partial<Record<Field, string>> = {
  fullName: "INVALID_NAME",
  email: "INVALID_EMAIL_ADDRESS",
  consent: "CONSENT_REQUIRED",
  optInUpdates: "INVALID_OPT_IN",
  showName: "INVALID_SHOW_NAME",
  website: "INVALID_REQUEST",
  country: "INVALID_COUNTRY",
  city: "INVALID_LOCALITY",
  postcode: "INVALID_POSTAL_CODE",
  office: "INVALID_OFFICE",
  municipality: "INVALID_MUNICIPALITY",
  comment: "INVALID_COMMENTS",
  form: "INVALID_REQUEST",
};

const hints: Partial<Record<Field, string>> = {
  country: "An ISO 3166-1 alpha-2 country code, such as GB or FR.",
  office: `One of: ${Object.keys(OFFICES).join(", ")}.`,
};

/** OSDI error descriptions for our field errors, each naming the OSDI properties at fault. */
export function toOsdiErrorDescriptions(fieldErrors: FieldErrors, properties: MappedSignature["properties"]): OsdiErrorDescription[] {
  return (Object.entries(fieldErrors) as [Field, string][]).map(([field, message]) => ({
    error_code: errorCodes[field] ?? "INVALID_REQUEST",
    description: message,
    properties: properties[field] ?? [],
    ...(hints[field] && { hint: hints[field] }),
  }));
}

/** A disposable address (issue #13): refused with its own code, so a client can tell the signer why. */
export function disposableAddressError(properties: MappedSignature["properties"]): OsdiErrorDescription {
  return {
    error_code: "DISPOSABLE_EMAIL_ADDRESS",
    description: "Disposable email addresses are not accepted: sign with an address you keep.",
    properties: properties.email ?? [],
  };
}
