import "server-only";
import { guardCampaignCommand } from "@/lib/access/campaign-guard";
import { allow, refuse, type Caller, type CommandResult } from "@/lib/access/guard";
import { messageKey } from "@/lib/i18n/message-key";
import { consumeUserLimits, type RateWindow } from "@/lib/rate-limit/per-user";
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
/** Messages are catalog keys (lib/i18n/message-key.ts), shown in the reader's language by the forms. */
export const ALREADY_SENT = "editor.mailings.errors.alreadySent";

export async function createMailingAs(caller: Caller, input: unknown): Promise<Result<{ campaignSlug: string; mailingId: string }>> {
  const found = await guardCampaignCommand(caller, createMailingSchema, input, "edit");
  if (!found.ok) return found;
  const { user: actor, data, campaign } = found.value;
  const mailingId = await createMailing(actor, campaign, data);
  return allow({ campaignSlug: campaign.slug, mailingId });
}

export async function updateMailingAs(caller: Caller, input: unknown): Promise<Result<{ campaignSlug: string; mailingId: string }>> {
  const found = await guardCampaignCommand(caller, updateMailingSchema, input, "edit");
  if (!found.ok) return found;
  const { user: actor, data, campaign } = found.value;
  if (!(await findMailing(campaign.id, data.mailingId))) return refuse("not-found");
  if ((await updateDraft(actor, campaign, data.mailingId, data)) === "not-draft") return invalid({ form: ALREADY_SENT });
  return allow({ campaignSlug: campaign.slug, mailingId: data.mailingId });
}

// Test sends go first in the outbox and each costs a message of the email quota: a few in a row
// to check a change is what people need; a held-down button or a script is held back.
const TEST_SEND_LIMITS: RateWindow[] = [
  { limit: 5, seconds: 60 },
  { limit: 30, seconds: 3600 },
];
export const TOO_MANY_TESTS = "editor.mailings.errors.tooManyTests";

/**
 * To the caller's own address (from the session, never from the form), whatever the mailing's
 * status, in `locale`: the language of the page the organizer sent it from.
 */
export async function sendTestMailingAs(caller: Caller, input: unknown, locale?: string): Promise<Result<{ campaignSlug: string; to: string }>> {
  const found = await guardCampaignCommand(caller, mailingRefSchema, input, "edit");
  if (!found.ok) return found;
  const { user: actor, data, campaign } = found.value;
  const mailing = await findMailing(campaign.id, data.mailingId);
  if (!mailing) return refuse("not-found");
  const limit = await consumeUserLimits("mailing-test", actor.id, TEST_SEND_LIMITS);
  if (!limit.allowed) {
    return invalid({
      form:
        limit.windowSeconds <= 60
          ? TOO_MANY_TESTS
          : messageKey("editor.mailings.errors.tooManyTestsHour", { minutes: Math.max(1, Math.ceil(limit.retryAfterSeconds / 60)) }),
    });
  }
  await queueTestMailing(actor, campaign, mailing, locale);
  return allow({ campaignSlug: campaign.slug, to: actor.email });
}

export async function sendMailingAs(
  caller: Caller,
  input: unknown,
): Promise<Result<{ campaignSlug: string; mailingId: string; recipients: number }>> {
  const found = await guardCampaignCommand(caller, sendMailingSchema, input, "edit");
  if (!found.ok) return found;
  const { user: actor, data, campaign } = found.value;
  if (!(await findMailing(campaign.id, data.mailingId))) return refuse("not-found");
  const outcome = await queueMailing(actor, campaign, data.mailingId);
  if (outcome.kind === "not-draft") return invalid({ form: ALREADY_SENT });
  if (outcome.kind === "no-recipients") return invalid({ form: "editor.mailings.errors.noRecipients" });
  return allow({ campaignSlug: campaign.slug, mailingId: data.mailingId, recipients: outcome.recipients });
}
