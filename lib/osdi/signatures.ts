import "server-only";
import type { Signature } from "@/lib/db/schema";
import { ORIGIN_SYSTEM, OSDI_CURIES, osdiHref } from "./hal";
import { osdiPage, type PageWindow } from "./pagination";
import { petitionHref } from "./petitions";
import { OSDI_NAMESPACE, type PageQuery } from "./schema";

// The OSDI signatures of a petition (signatures.md), for its team through an organizer API key.
// Only confirmed signatures: a pending one may be someone else's address and is not a signature yet.
//
//   OSDI signature field                  our signature
//   identifiers                           ["petitions_app:<signature uuid>"]
//   created_date, modified_date           confirmedAt (when it became a signature)
//   comments                              comment, when given
//   person.given_name, family_name        fullName split at its last space: "Ada King Lovelace" gives
//                                         "Ada King" and "Lovelace"; a single word is a given_name only.
//                                         We ask for one name field, so this is a guess a tool may redo.
//   person.email_addresses                [{ address: email, primary: true }] ONLY when the signer opted
//                                         in to updates (optInUpdates): only signers who consented to be
//                                         contacted are exported with their email.
//   person.postal_addresses               [{ locality: city or else municipality, postal_code, country }]
//   person.custom_fields                  office and municipality, when set (declarations)

export type SignatureRecord = Pick<
  Signature,
  "id" | "email" | "fullName" | "country" | "city" | "postcode" | "office" | "municipality" | "comment" | "optInUpdates"
> & { confirmedAt: Date };

function splitFullName(fullName: string): { given_name: string; family_name?: string } {
  const parts = fullName.trim().split(/\s+/);
  if (parts.length < 2) return { given_name: parts[0] ?? "" };
  return { given_name: parts.slice(0, -1).join(" "), family_name: parts.at(-1) };
}

function toOsdiPerson(signature: SignatureRecord) {
  const locality = signature.city ?? signature.municipality;
  const postal = {
    ...(locality && { locality }),
    ...(signature.postcode && { postal_code: signature.postcode }),
    ...(signature.country && { country: signature.country }),
  };
  const customFields = {
    ...(signature.office && { office: signature.office }),
    ...(signature.municipality && { municipality: signature.municipality }),
  };
  return {
    ...splitFullName(signature.fullName),
    ...(signature.optInUpdates && { email_addresses: [{ address: signature.email, primary: true }] }),
    postal_addresses: Object.keys(postal).length > 0 ? [{ primary: true, ...postal }] : [],
    ...(Object.keys(customFields).length > 0 && { custom_fields: customFields }),
  };
}

function toOsdiSignature(signature: SignatureRecord, petitionId: string) {
  const date = signature.confirmedAt.toISOString();
  return {
    identifiers: [`${OSDI_NAMESPACE}:${signature.id}`],
    origin_system: ORIGIN_SYSTEM,
    created_date: date,
    modified_date: date,
    ...(signature.comment && { comments: signature.comment }),
    _embedded: { "osdi:person": toOsdiPerson(signature) },
    _links: { "osdi:petition": { href: petitionHref(petitionId) } },
  };
}

const signaturesHref = (petitionId: string) => osdiHref(`/petitions/${petitionId}/signatures`);

export function toOsdiSignatureCollection(
  petitionId: string,
  signatures: SignatureRecord[],
  query: PageQuery,
  totalRecords: number,
  window: PageWindow,
) {
  const pageHref = (page: number) => `${signaturesHref(petitionId)}?page=${page}&per_page=${query.perPage}`;
  const paging = osdiPage(query, totalRecords, window, pageHref);
  return {
    ...paging.fields,
    _links: {
      curies: OSDI_CURIES,
      ...paging.links,
      "osdi:petition": { href: petitionHref(petitionId) },
    },
    _embedded: { "osdi:signatures": signatures.map((signature) => toOsdiSignature(signature, petitionId)) },
  };
}
