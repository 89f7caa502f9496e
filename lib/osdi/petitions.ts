import "server-only";
import { z } from "zod";
import { isAcceptingSignatures } from "@/lib/campaigns/status";
import { SIGN_ACCEPTED_MESSAGE } from "@/lib/signing/messages";
import { appUrl, ORIGIN_SYSTEM, OSDI_CURIES, osdiErrorResponse, osdiHref, PUBLIC_READ_HEADERS } from "./hal";
import { osdiPage, type PageWindow } from "./pagination";
import type { PetitionRecord } from "./queries";
import { availableLanguages, chosenTranslation, textVersion } from "@/lib/i18n/text-versions";
import { type Locale, localePath } from "@/lib/i18n/routing";
import { OSDI_NAMESPACE, type PageQuery } from "./schema";

// The OSDI representations of our campaigns (petitions.md) and of a recorded signature.
//
//   OSDI petition field   our campaign
//   identifiers           ["petitions_app:<campaign uuid>"]: stable, unlike the slug
//   origin_system         "Petitions"
//   created_date          createdAt
//   modified_date         the last change to the campaign or to its count (the JSON API's updatedAt)
//   title                 title
//   description, summary  summary (plain text; we have no longer HTML description)
//   petition_text         statement, the text people sign
//   target                decisionMakers, as [{ name }]
//                         These four in the original's language, or with ?lang=en|fr|fa in that
//                         language's translation where there is one (issue #12), as the JSON API.
//   total_signatures      signatureCount: confirmed online signatures plus documented offline tallies.
//                         Pending (unconfirmed) signatures are never counted.
//   browser_url           APP_URL + /campaigns/<slug>
//   petitions_app:status  "open" while it takes signatures, else "closed" (the JSON API's status)
//   petitions_app:online_signatures, petitions_app:offline_signatures: the two parts of total_signatures
//   petitions_app:language, original_language, is_translation, translation_outdated, languages:
//                         which version the texts are, as the JSON API's language fields
//
// Links: self and osdi:record_signature_helper. No osdi:signatures link, although the collection
// exists at .../signatures: it answers only to the team's API keys, and a public resource should not
// advertise a link that every public reader gets a 401 from. No osdi:creator or osdi:modified_by.

// Lower-cased, so links always carry the id as we issue it.
export const petitionIdSchema = z.guid().transform((id) => id.toLowerCase());

export const petitionHref = (id: string) => osdiHref(`/petitions/${id}`);
const recordSignatureHelperHref = (id: string) => osdiHref(`/petitions/${id}/signatures/helper`);

function toOsdiPetition(petition: PetitionRecord, language: Locale | null) {
  // Without ?lang, the original; with it, that language's translation where there is one.
  const reading = language ?? petition.language;
  const text = textVersion(petition, petition.translations, reading);
  const translation = chosenTranslation(petition, petition.translations, reading);
  const { title, summary, statement, decisionMakers } = translation ?? petition;
  return {
    identifiers: [`${OSDI_NAMESPACE}:${petition.id}`],
    origin_system: ORIGIN_SYSTEM,
    created_date: petition.createdAt.toISOString(),
    modified_date: petition.tally.updatedAt.toISOString(),
    title,
    description: summary,
    summary,
    petition_text: statement,
    target: decisionMakers.map((name) => ({ name })),
    total_signatures: petition.tally.total,
    browser_url: `${appUrl()}${localePath(text.language, `/campaigns/${petition.slug}`)}`,
    [`${OSDI_NAMESPACE}:status`]: isAcceptingSignatures(petition) ? "open" : "closed",
    [`${OSDI_NAMESPACE}:online_signatures`]: petition.tally.online,
    [`${OSDI_NAMESPACE}:offline_signatures`]: petition.tally.offline,
    [`${OSDI_NAMESPACE}:language`]: text.language,
    [`${OSDI_NAMESPACE}:original_language`]: text.authoritative,
    [`${OSDI_NAMESPACE}:is_translation`]: text.translated,
    [`${OSDI_NAMESPACE}:translation_outdated`]: text.outdated,
    [`${OSDI_NAMESPACE}:languages`]: availableLanguages(text, petition.translations),
    _links: {
      self: { href: withLanguage(petitionHref(petition.id), language) },
      "osdi:record_signature_helper": { href: recordSignatureHelperHref(petition.id) },
    },
  };
}

/** The answer to a `?lang=` we do not speak. */
export const invalidLanguage = (message: string) =>
  osdiErrorResponse(400, [{ error_code: "INVALID_LANGUAGE", description: message, properties: ["lang"] }], {
    resource: "osdi:petitions",
    headers: PUBLIC_READ_HEADERS,
  });

/** A link that keeps the language asked for. */
const withLanguage = (href: string, language: Locale | null) => (language ? `${href}${href.includes("?") ? "&" : "?"}lang=${language}` : href);

/** A petition on its own: the resource with the curies its `osdi:` links need. */
export function toOsdiPetitionResource(petition: PetitionRecord, language: Locale | null) {
  const resource = toOsdiPetition(petition, language);
  return { ...resource, _links: { curies: OSDI_CURIES, ...resource._links } };
}

export function toOsdiPetitionCollection(
  petitions: PetitionRecord[],
  query: PageQuery,
  totalRecords: number,
  window: PageWindow,
  language: Locale | null,
) {
  const pageHref = (page: number) => withLanguage(osdiHref(`/petitions?page=${page}&per_page=${query.perPage}`), language);
  const paging = osdiPage(query, totalRecords, window, pageHref);
  return {
    ...paging.fields,
    _links: {
      curies: OSDI_CURIES,
      ...paging.links,
      "osdi:petitions": petitions.map((petition) => ({ href: withLanguage(petitionHref(petition.id), language) })),
    },
    _embedded: { "osdi:petitions": petitions.map((petition) => toOsdiPetition(petition, language)) },
  };
}

/**
 * What the helper answers for every accepted signature. OSDI would return the signature resource;
 * ours carries no id, date or echo of the input, because a first and a repeat signature must get
 * byte-identical answers (no one may learn whether an address had signed), and the signature is
 * only pending until its owner confirms by email.
 */
export function pendingSignatureResource(petitionId: string) {
  return {
    origin_system: ORIGIN_SYSTEM,
    [`${OSDI_NAMESPACE}:status`]: "pending_confirmation",
    [`${OSDI_NAMESPACE}:message`]: SIGN_ACCEPTED_MESSAGE,
    _links: { curies: OSDI_CURIES, "osdi:petition": { href: petitionHref(petitionId) } },
  };
}
