import type { Campaign, SignerFields } from "@/lib/db/schema";
import { toFormDate } from "./form-dates";
import { RETENTION_MONTHS } from "./retention";
import type { CampaignPrefill } from "./prefill";
import { signerFieldInput, type SIGNER_FIELD_INPUTS, SIGNER_FIELDS, type CampaignFormField } from "./schema";

// What the campaign form shows before anyone types: a stored campaign as form strings, or a new
// campaign's starting values (pre-filled from an event's call to action when there is one).

export type CampaignFormDefaults = Record<Exclude<CampaignFormField, "listNamesPublicly">, string> & {
  listNamesPublicly: boolean;
  /** Which stored campaign the values were read from (`campaignVersion`); empty for a new one. */
  version: string;
};

/**
 * A stored campaign's version: its `updatedAt`, which every save, status change and update moves.
 * The settings form shows "Your changes are saved." only while the campaign is still the version
 * that save produced.
 */
export const campaignVersion = (campaign: Pick<Campaign, "updatedAt">): string => campaign.updatedAt.toISOString();

const PETITION_FIELDS: SignerFields = { country: "required", city: "optional", postcode: "off", office: "off", municipality: "off" };

function signerDefaults(fields: SignerFields) {
  return Object.fromEntries(
    (Object.keys(SIGNER_FIELDS) as (keyof SignerFields)[]).map((field) => [signerFieldInput(field), fields[field]]),
  ) as Record<(typeof SIGNER_FIELD_INPUTS)[keyof SignerFields], string>;
}

export function campaignFormDefaults(campaign: Campaign): CampaignFormDefaults {
  return {
    title: campaign.title,
    slug: campaign.slug,
    kind: campaign.kind,
    language: campaign.language,
    summary: campaign.summary,
    statement: campaign.statement,
    decisionMakers: campaign.decisionMakers.join("\n"),
    goal: String(campaign.goal),
    opensAt: toFormDate(campaign.opensAt),
    closesAt: toFormDate(campaign.closesAt),
    ...signerDefaults(campaign.signerFields),
    listNamesPublicly: campaign.listNamesPublicly,
    featuredImageUrl: campaign.featuredImageUrl ?? "",
    featuredImageAlt: campaign.featuredImageAlt ?? "",
    milestones: campaign.milestones.join(", "),
    retentionMonths: String(campaign.retentionMonths),
    keepPublicList: campaign.keepPublicList ? "keep" : "erase",
    proofOfWork: campaign.proofOfWork,
    version: campaignVersion(campaign),
  };
}

/** `language`: the page's, the organizer's own, until they choose the language they write in. */
export function newCampaignDefaults(prefill: CampaignPrefill | null, language = "en"): CampaignFormDefaults {
  return {
    title: prefill?.title ?? "",
    slug: prefill ? suggestSlug(prefill.title) : "",
    kind: "petition",
    language,
    summary: "",
    statement: prefill?.statement ?? "",
    decisionMakers: prefill?.decisionMakers.join("\n") ?? "",
    goal: "1000",
    opensAt: "",
    closesAt: "",
    ...signerDefaults(PETITION_FIELDS),
    listNamesPublicly: true,
    featuredImageUrl: "",
    featuredImageAlt: "",
    milestones: "",
    retentionMonths: String(RETENTION_MONTHS.default),
    keepPublicList: "erase",
    proofOfWork: "off",
    version: "",
  };
}

/** A starting address from a title: "Launch an inquiry into the 1988 massacre" → "launch-an-inquiry-into-the-1988-massacre". */
export function suggestSlug(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, 60).replace(/-+$/, "");
}
