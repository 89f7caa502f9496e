import "server-only";
import type { z } from "zod";
import { allow, refuse, type Caller, type CommandResult } from "@/lib/organizers/guard";
import { canEditCampaign } from "@/lib/organizers/permissions";
import { findCampaignBySlug } from "@/lib/organizers/queries";
import { fieldErrorsOf } from "@/lib/organizers/schema";
import { createMailing, queueMailing, queueTestMailing, updateDraft } from "./mutations";
import { findMailing } from "./queries";
import { createMailingSchema, mailingRefSchema, sendMailingSchema, updateMailingSchema } from "./schema";

// The "Updates to signers" commands behind their checks: authenticate, then validate and find,
// then authorize. Editors, owners and admins write and send; viewers only look. actions.ts passes
// the session's user; tests pass any caller. The campaign is always found again from the slug and
// the mailing must belong to it, so a forged id reaches nothing of another campaign.

export type MailingFields = "campaignSlug" | "mailingId" | "subject" | "body" | "previewChecked";
type Result<T> = CommandResult<T, MailingFields>;
type Refused = Exclude<Result<never>, { ok: true }>;

const invalid = (fieldErrors: Partial<Record<MailingFields | "form", string>>): Refused => ({ ok: false, error: "invalid", fieldErrors });
export const ALREADY_SENT = "This update has already been sent, or is being sent. It can no longer be changed or sent again.";

async function editableCampaign<S extends z.ZodType<{ campaignSlug: string }>>(
  caller: Caller,
  schema: S,
  input: unknown,
): Promise<Refused | { ok: true; data: z.output<S>; campaign: NonNullable<Awaited<ReturnType<typeof findCampaignBySlug>>>; actor: { id: string; email: string } }> {
  if (!caller) return refuse("unauthenticated");
  const parsed = schema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const campaign = await findCampaignBySlug(parsed.data.campaignSlug);
  if (!campaign) return refuse("not-found");
  if (!(await canEditCampaign(caller.id, campaign.id))) return refuse("forbidden");
  return { ok: true, data: parsed.data, campaign, actor: { id: caller.id, email: caller.email } };
}

export async function createMailingAs(caller: Caller, input: unknown): Promise<Result<{ campaignSlug: string; mailingId: string }>> {
  const found = await editableCampaign(caller, createMailingSchema, input);
  if (!found.ok) return found;
  const { data, campaign, actor } = found;
  const mailingId = await createMailing(actor, campaign, data);
  return allow({ campaignSlug: campaign.slug, mailingId });
}

export async function updateMailingAs(caller: Caller, input: unknown): Promise<Result<{ campaignSlug: string; mailingId: string }>> {
  const found = await editableCampaign(caller, updateMailingSchema, input);
  if (!found.ok) return found;
  const { data, campaign, actor } = found;
  if (!(await findMailing(campaign.id, data.mailingId))) return refuse("not-found");
  if ((await updateDraft(actor, campaign, data.mailingId, data)) === "not-draft") return invalid({ form: ALREADY_SENT });
  return allow({ campaignSlug: campaign.slug, mailingId: data.mailingId });
}

/** To the caller's own address (from the session, never from the form), whatever the mailing's status. */
export async function sendTestMailingAs(caller: Caller, input: unknown): Promise<Result<{ campaignSlug: string; to: string }>> {
  const found = await editableCampaign(caller, mailingRefSchema, input);
  if (!found.ok) return found;
  const { data, campaign, actor } = found;
  const mailing = await findMailing(campaign.id, data.mailingId);
  if (!mailing) return refuse("not-found");
  await queueTestMailing(actor, campaign, mailing);
  return allow({ campaignSlug: campaign.slug, to: actor.email });
}

export async function sendMailingAs(caller: Caller, input: unknown): Promise<Result<{ campaignSlug: string; mailingId: string; recipients: number }>> {
  const found = await editableCampaign(caller, sendMailingSchema, input);
  if (!found.ok) return found;
  const { data, campaign, actor } = found;
  if (!(await findMailing(campaign.id, data.mailingId))) return refuse("not-found");
  const outcome = await queueMailing(actor, campaign, data.mailingId);
  if (outcome.kind === "not-draft") return invalid({ form: ALREADY_SENT });
  if (outcome.kind === "no-recipients") return invalid({ form: "No confirmed signer has asked for updates yet, so there is nobody to send this to." });
  return allow({ campaignSlug: campaign.slug, mailingId: data.mailingId, recipients: outcome.recipients });
}
