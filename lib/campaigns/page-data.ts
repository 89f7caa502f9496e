import "server-only";
import type { Campaign, CampaignTranslation } from "@/lib/db/schema";
import { LOCALES, type Locale } from "@/lib/i18n/routing";
import type { CampaignAccess } from "@/lib/access/access-rules";
import { guardCampaign } from "@/lib/access/campaign-guard";
import { allow, refuse, type Caller, type Guarded } from "@/lib/access/guard";
import { listPublicSignatories, type PublicSignatory } from "@/lib/signatory-list/queries";
import { getBreakdowns, type Breakdowns } from "@/lib/tallies/breakdowns";
import { transitionRefusal, transitionsFrom } from "./lifecycle";
import { prefillFromCall, type CampaignPrefill } from "./prefill";
import {
  findCampaignRow,
  findEventForCampaign,
  findEventSummary,
  listFinishedPackRefs,
  getCampaignDetail,
  listCampaignUpdates,
  translationsOf,
  type CampaignDetail,
  type CampaignUpdateItem,
} from "./queries";
import { translationStates, type TranslationState } from "@/lib/i18n/text-versions";
import { slugSchema } from "@/lib/validation/slug";
import type { TransitionName } from "./schema";

// The data of the campaign pages for the team, with the authorization inside: a page passes the
// session's user (or null) and renders, redirects to sign-in or 404s on the answer.

export type NewCampaignPage = {
  /** The event named by ?event=, with its calls to action to start from; null if none or unknown. */
  event: { slug: string; title: string; calls: { position: number; target: string; action: string }[] } | null;
  /** ?event= named an event that does not exist. */
  unknownEvent: boolean;
  /** What ?call= pre-fills, or null. */
  prefill: (CampaignPrefill & { position: number }) | null;
};

export async function loadNewCampaign(caller: Caller, params: { event?: string; call?: string } = {}): Promise<Guarded<NewCampaignPage>> {
  if (!caller) return refuse("unauthenticated");
  if (!params.event) return allow({ event: null, unknownEvent: false, prefill: null });
  const slug = slugSchema.safeParse(params.event);
  const event = slug.success ? await findEventForCampaign(slug.data) : null;
  if (!event) return allow({ event: null, unknownEvent: true, prefill: null });
  const call = event.callsToAction.find((c) => String(c.position) === params.call);
  return allow({
    event: {
      slug: event.slug,
      title: event.title,
      calls: event.callsToAction.map(({ position, target, action }) => ({ position, target, action })),
    },
    unknownEvent: false,
    prefill: call ? { ...prefillFromCall(call), position: call.position } : null,
  });
}

export type LifecycleAction = { name: TransitionName; refusal: string | null };

export type CampaignEditor = {
  campaign: Campaign;
  access: CampaignAccess;
  event: { slug: string; title: string } | null;
  updates: CampaignUpdateItem[];
  /** The lifecycle buttons of the campaign's status, each with why it is refused now (or null). */
  lifecycle: LifecycleAction[];
  /** Finished delivery packs a "delivered" outcome may name (issue #14). */
  packs: { id: string; createdAt: Date; total: number }[];
};

/**
 * A campaign past its closing date shows as closed even between two sweeps of closeDueCampaigns
 * (lib/startup.ts); reading the page writes nothing.
 */
function asShownNow(campaign: Campaign, now: Date): Campaign {
  const due = campaign.status === "open" && campaign.closesAt !== null && campaign.closesAt <= now;
  return due ? { ...campaign, status: "closed", closedAt: campaign.closesAt } : campaign;
}

/** Settings and status: viewers see it read-only; editors, owners and admins change it. */
export async function loadCampaignEditor(caller: Caller, rawSlug: string): Promise<Guarded<CampaignEditor>> {
  const slug = slugSchema.safeParse(rawSlug);
  const found = await guardCampaign(caller, slug.success ? slug.data : null, "view", findCampaignRow);
  if (!found.ok) return found;
  const now = new Date();
  const campaign = asShownNow(found.value.campaign, now);
  const { access } = found.value;
  const [event, updates, packs] = await Promise.all([
    findEventSummary(campaign.eventId),
    listCampaignUpdates(campaign.id),
    listFinishedPackRefs(campaign.id),
  ]);
  const lifecycle = transitionsFrom(campaign.status).map((name) => ({ name, refusal: transitionRefusal(campaign, name, now) }));
  return allow({ campaign, access, event, updates, lifecycle, packs });
}

export type CampaignPreview = {
  campaign: CampaignDetail;
  updates: CampaignUpdateItem[];
  breakdowns: Breakdowns;
  signatories: PublicSignatory[];
};

/** The public page's content, whatever the status, for anyone on the team. */
export async function loadCampaignPreview(caller: Caller, rawSlug: string): Promise<Guarded<CampaignPreview>> {
  const slug = slugSchema.safeParse(rawSlug);
  const found = await guardCampaign(caller, slug.success ? slug.data : null, "view", getCampaignDetail);
  if (!found.ok) return found;
  const { campaign } = found.value;
  const [updates, breakdowns, signatories] = await Promise.all([
    listCampaignUpdates(campaign.id),
    getBreakdowns(campaign.id),
    campaign.listNamesPublicly ? listPublicSignatories(campaign.id, { page: 1, search: "" }).then((r) => r.signatories) : [],
  ]);
  return allow({ campaign, updates, breakdowns, signatories });
}

export type TranslationsPage = {
  campaign: Campaign;
  canEdit: boolean;
  translations: CampaignTranslation[];
  states: Record<Locale, TranslationState>;
  /** Its published updates, each with its translations. */
  updates: CampaignUpdateItem[];
};

/** The campaign's original and its translations: the team sees them; editors, owners and admins change them. */
export async function loadTranslationsPage(caller: Caller, rawSlug: string): Promise<Guarded<TranslationsPage>> {
  const slug = slugSchema.safeParse(rawSlug);
  const found = await guardCampaign(caller, slug.success ? slug.data : null, "view", findCampaignRow);
  if (!found.ok) return found;
  const { campaign, access } = found.value;
  const [stored, updates] = await Promise.all([translationsOf([campaign.id]), listCampaignUpdates(campaign.id)]);
  const translations = stored.filter((translation) => translation.language !== campaign.language);
  return allow({ campaign, canEdit: access.edit, translations, states: translationStates(campaign, translations, LOCALES), updates });
}
