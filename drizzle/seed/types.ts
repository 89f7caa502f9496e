import type { SignerFields } from "@/lib/db/schema";

// Shapes of the seed data. The seed is idempotent: an event or campaign whose slug already exists
// is left as it is (organizers may have edited it), so only what is missing gets inserted.

type SeedSpeaker = { name: string; role: string };

type SeedSource = {
  title: string;
  publisher: string | null;
  /** ISO date (YYYY-MM-DD) when the source gives one, else null. */
  publishedOn: string | null;
  url: string | null;
  /** The pasted text of the report, verbatim. */
  text: string | null;
  /** What this source says that others do not, or where it disagrees. */
  note: string | null;
};

type SeedCallToAction = {
  /** Who made the call (a speaker's name), or null when the report gives none. */
  speaker: string | null;
  /** Who is called on, e.g. "UN Human Rights Council". */
  target: string;
  /** To do what, e.g. "establish an international commission of inquiry". */
  action: string;
  /** The sentence from the report that carries the call. */
  quote: string;
};

export type SeedEvent = {
  slug: string;
  title: string;
  /** ISO date when the sources give one, else null (see dateNote). */
  occurredOn: string | null;
  /** Human-readable date, with any uncertainty spelled out. */
  dateNote: string;
  place: string;
  /** Where the sources disagree on the place, or null. */
  placeNote: string | null;
  host: string;
  summary: string;
  speakers: SeedSpeaker[];
  sources: SeedSource[];
  callsToAction: SeedCallToAction[];
};

type SeedOfflineTally = {
  count: number;
  /** How the count is worded by the source, e.g. "more than 2,000". */
  description: string;
  sourceTitle: string;
  sourceUrl: string | null;
  sourceDate: string | null;
};

export type SeedCampaign = {
  slug: string;
  kind: "petition" | "declaration";
  title: string;
  /** One or two sentences for cards and previews. */
  summary: string;
  /** The full text people sign. */
  statement: string;
  decisionMakers: string[];
  /** The language of these texts, authoritative; translations are in ./translations.ts. */
  language: "en" | "fr" | "fa";
  goal: number;
  eventSlug: string;
  signerFields: SignerFields;
  listNamesPublicly: boolean;
  offlineTallies: SeedOfflineTally[];
};
