import "server-only";
import { getCampaignForSigning } from "@/lib/campaigns/queries";
import { isAcceptingSignatures, isPublicCampaign } from "@/lib/campaigns/status";
import { messageKey } from "@/lib/i18n/message-key";
import { isDisposableAddress } from "./disposable-email";
import { suggestEmailDomain } from "./email-domain-suggestion";
import { countRefusal } from "./refusal-counts";
import { signerEmailSchema } from "./schema";

/**
 * Whether to refuse this signature for its disposable address (issue #13): the email field's error
 * (a catalog key) if so, after counting the refusal; null otherwise. Called by each way in (the
 * sign form's action, the JSON API, OSDI) before signCampaign, so the signing mutation itself
 * stays as it is. It answers null, and lets signCampaign answer, for anything signCampaign refuses
 * anyway (no such campaign, closed, a malformed address) and for a filled honeypot, which a bot
 * must not be able to tell from an accepted signature. A refusal writes nothing on the way
 * (lib/signing/refusal-counts.ts), so it needs no rate limit of its own.
 */
export async function disposableAddressRefusal(slug: string, input: unknown): Promise<string | null> {
  if (typeof input !== "object" || input === null) return null;
  const { email, website } = input as { email?: unknown; website?: unknown };
  if (typeof website === "string" && website !== "") return null;
  const parsed = signerEmailSchema.safeParse(email);
  if (!parsed.success || !isDisposableAddress(parsed.data)) return null;
  const campaign = await getCampaignForSigning(slug);
  if (!campaign || !isPublicCampaign(campaign) || !isAcceptingSignatures(campaign)) return null;
  countRefusal(campaign.id, "disposable-email");
  // Many misspellings of big providers (gmial.com, gamil.com) are registered as throwaway inboxes:
  // for those, the signer most likely made a typo, and is told what they probably meant.
  const typo = suggestEmailDomain(parsed.data);
  return typo
    ? messageKey("signing.errors.email.disposableTypo", { typed: typo.typed, suggested: typo.suggested })
    : messageKey("signing.errors.email.disposable");
}
