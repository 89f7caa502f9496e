import "server-only";
import { getCampaignForSigning } from "@/lib/campaigns/queries";
import { isAcceptingSignatures, isPublicCampaign } from "@/lib/campaigns/status";
import { messageKey } from "@/lib/i18n/message-key";
import { isDisposableAddress } from "./disposable-email";
import { countRefusal } from "./refusal-counts";
import { signerEmailSchema } from "./schema";

/** The field error the sign form shows for a disposable address (a catalog key). */
export const DISPOSABLE_EMAIL_ERROR = messageKey("signing.errors.email.disposable");

/**
 * Whether to refuse this signature for its disposable address (issue #13), counting the refusal.
 * Called by each way in (the sign form's action, the JSON API, OSDI) before signCampaign, so the
 * signing mutation itself stays as it is. It answers false, and lets signCampaign answer, for
 * anything signCampaign refuses anyway (no such campaign, closed, a malformed address) and for a
 * filled honeypot, which a bot must not be able to tell from an accepted signature. A refusal
 * writes nothing on the way (lib/signing/refusal-counts.ts), so it needs no rate limit of its own.
 */
export async function refusesDisposableAddress(slug: string, input: unknown): Promise<boolean> {
  if (typeof input !== "object" || input === null) return false;
  const { email, website } = input as { email?: unknown; website?: unknown };
  if (typeof website === "string" && website !== "") return false;
  const parsed = signerEmailSchema.safeParse(email);
  if (!parsed.success || !isDisposableAddress(parsed.data)) return false;
  const campaign = await getCampaignForSigning(slug);
  if (!campaign || !isPublicCampaign(campaign) || !isAcceptingSignatures(campaign)) return false;
  countRefusal(campaign.id, "disposable-email");
  return true;
}
