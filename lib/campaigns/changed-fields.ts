import type { Campaign, SignerFields } from "@/lib/db/schema";
import { SIGNER_FIELDS, type CampaignInput } from "./schema";

// Which settings a save changes, for the audit entry and the "Nothing had changed." message. Each
// field is compared by its value. Comparing JSON text listed `signerFields` as changed on every
// save (issue #11): PostgreSQL's jsonb hands an object back with its keys reordered (shorter keys
// first), so `{"country":…,"city":…}` as sent never matched `{"city":…,"office":…}` as stored.

type Editable = keyof CampaignInput;

const sameDate = (a: Date | null, b: Date | null) => (a === null || b === null ? a === b : a.getTime() === b.getTime());
const sameList = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((item, i) => item === b[i]);
const sameSignerFields = (a: SignerFields, b: SignerFields) =>
  (Object.keys(SIGNER_FIELDS) as (keyof SignerFields)[]).every((field) => a[field] === b[field]);

const SAME: { [F in Editable]: (stored: Campaign[F], sent: CampaignInput[F]) => boolean } = {
  title: Object.is,
  slug: Object.is,
  kind: Object.is,
  language: (stored, sent) => sent === undefined || stored === sent,
  summary: Object.is,
  statement: Object.is,
  // Order matters: the campaign page lists decision makers as written, and milestones ascend.
  decisionMakers: sameList,
  goal: Object.is,
  opensAt: sameDate,
  closesAt: sameDate,
  signerFields: sameSignerFields,
  listNamesPublicly: Object.is,
  featuredImageUrl: Object.is,
  featuredImageAlt: Object.is,
  milestones: sameList,
  retentionMonths: (stored, sent) => sent === undefined || stored === sent,
  keepPublicList: (stored, sent) => sent === undefined || stored === sent,
  proofOfWork: (stored, sent) => sent === undefined || stored === sent,
};

const EDITABLE = Object.keys(SAME) as Editable[];

/** The settings whose value `input` changes, in the form's order. */
export function changedFields(current: Campaign, input: CampaignInput): Editable[] {
  return EDITABLE.filter((field) => !(SAME[field] as (a: unknown, b: unknown) => boolean)(current[field], input[field]));
}
