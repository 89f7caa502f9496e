import "server-only";
import type { z } from "zod";
import type { SessionUser } from "@/lib/auth/session";
import type { CampaignAccess } from "./access-rules";
import { allow, refuse, type Caller, type Guarded, type Refusal } from "./guard";
import { getCampaignAccess } from "./permissions";
import { findCampaignBySlug } from "./queries";
import { fieldErrorsOf, type FieldErrors } from "@/lib/validation/field-errors";
import { isSlug } from "@/lib/validation/slug";

// How a page or command reaches one campaign, in guard.ts's order: no session, then no such
// campaign (a slug that failed validation is one), then not the access it needs. The campaign is
// always read again from its slug, never taken from the client.

type FindCampaign<C> = (slug: string) => Promise<C | null>;

type FoundCampaign = NonNullable<Awaited<ReturnType<typeof findCampaignBySlug>>>;

export type GuardedCampaign<C> = { user: SessionUser; campaign: C; access: CampaignAccess };

/** `find` reads the columns the caller goes on to use; by default the organizer pages' few. */
export async function guardCampaign<C extends { id: string } = FoundCampaign>(
  caller: Caller,
  slug: string | null,
  need: keyof CampaignAccess,
  find: FindCampaign<C> = findCampaignBySlug as unknown as FindCampaign<C>,
): Promise<Guarded<GuardedCampaign<C>>> {
  if (!caller) return refuse("unauthenticated");
  // A slug no campaign could have (from a hand-typed URL: "%00", 5,000 characters) is not looked up.
  const campaign = slug === null || !isSlug(slug) ? null : await find(slug);
  if (!campaign) return refuse("not-found");
  const access = await getCampaignAccess(caller.id, campaign.id);
  if (!access[need]) return refuse("forbidden");
  return allow({ user: caller, campaign, access });
}

type CommandRefusal<Data> = { ok: false; error: Refusal } | { ok: false; error: "invalid"; fieldErrors: FieldErrors<Data> };

/** A command on the campaign its form names: authenticate, validate the whole form, then guardCampaign. */
export async function guardCampaignCommand<S extends z.ZodType<{ campaignSlug: string }>, C extends { id: string } = FoundCampaign>(
  caller: Caller,
  schema: S,
  input: unknown,
  need: keyof CampaignAccess,
  find?: FindCampaign<C>,
): Promise<CommandRefusal<z.output<S>> | { ok: true; value: GuardedCampaign<C> & { data: z.output<S> } }> {
  if (!caller) return refuse("unauthenticated");
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
  const found = await guardCampaign(caller, parsed.data.campaignSlug, need, find);
  if (!found.ok) return found;
  return allow({ ...found.value, data: parsed.data });
}
