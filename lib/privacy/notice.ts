import { signingState } from "@/lib/campaigns/status";
import type { Campaign, SignerFields } from "@/lib/db/schema";

// What a campaign's privacy page says it keeps and for how long (issue #13), read from the campaign
// itself so the page cannot drift from what the sign form asks and what the retention job does.

/** The details a campaign's form asks for beyond name and email, in the form's order. */
const SIGNER_DETAILS = ["country", "city", "postcode", "office", "municipality"] as const satisfies (keyof SignerFields)[];
export type SignerDetail = (typeof SIGNER_DETAILS)[number];

export function askedDetails(fields: SignerFields): { detail: SignerDetail; optional: boolean }[] {
  return SIGNER_DETAILS.filter((detail) => fields[detail] !== "off").map((detail) => ({ detail, optional: fields[detail] === "optional" }));
}

export type Retention = {
  months: number;
  /** When it closed, or is set to close; null for an open campaign with no closing date. */
  closesOn: Date | null;
  closed: boolean;
  /** The earliest the signers' data is anonymised: `months` after closing, once that is known. */
  anonymisedFrom: Date | null;
  anonymisedOn: Date | null;
  /** A declaration whose organizers keep the public list of signatories who chose to be listed. */
  keepsPublicList: boolean;
};

type RetentionSource = Pick<
  Campaign,
  "kind" | "status" | "opensAt" | "closedAt" | "closesAt" | "retentionMonths" | "keepPublicList" | "listNamesPublicly" | "anonymisedAt"
>;

export function retentionOf(campaign: RetentionSource, now = new Date()): Retention {
  // Closed by its organizers (closed_at) or by its closing date passing.
  const closed = signingState(campaign, now) === "closed";
  const closesOn = (closed ? campaign.closedAt : null) ?? campaign.closesAt;
  return {
    months: campaign.retentionMonths,
    closesOn,
    closed,
    anonymisedFrom: closesOn && addMonths(closesOn, campaign.retentionMonths),
    anonymisedOn: campaign.anonymisedAt,
    keepsPublicList: campaign.kind === "declaration" && campaign.keepPublicList && campaign.listNamesPublicly,
  };
}

function addMonths(date: Date, months: number): Date {
  const next = new Date(date);
  next.setUTCMonth(next.getUTCMonth() + months);
  return next;
}
