import "server-only";
import { guardCampaignCommand } from "@/lib/access/campaign-guard";
import { allow, type Caller, type CommandResult } from "@/lib/access/guard";
import { findCampaignRow, translationsOf } from "@/lib/campaigns/queries";
import { messageKey } from "@/lib/i18n/message-key";
import { queueSnapshot } from "./mutations";
import { prepareDeliverySchema, type PrepareDeliveryFields } from "./schema";

// "Prepare delivery" (issue #14): those who may change the campaign (editors, owners, admins) queue
// a pack in the campaign's language with the translations they chose. The pack lists signatories'
// names, so viewers, who never see the people behind the counts, may not make one.

const e = (key: string) => messageKey(`delivery.errors.${key}`);
const invalid = (field: PrepareDeliveryFields | "form", message: string) => ({
  ok: false as const,
  error: "invalid" as const,
  fieldErrors: { [field]: message } as Partial<Record<PrepareDeliveryFields | "form", string>>,
});

export async function prepareDeliveryAs(
  caller: Caller,
  input: unknown,
): Promise<CommandResult<{ slug: string; snapshotId: string }, PrepareDeliveryFields>> {
  const found = await guardCampaignCommand(caller, prepareDeliverySchema, input, "edit");
  if (!found.ok) return found;
  const { campaign, user, data } = found.value;
  const full = await findCampaignRow(campaign.slug);
  if (!full) return invalid("form", e("campaignGone"));
  if (full.status === "draft") return invalid("form", e("draft"));
  const available = new Set((await translationsOf([full.id])).map((translation) => translation.language));
  const chosen = data.translations.filter((language) => language !== full.language);
  if (chosen.some((language) => !available.has(language))) return invalid("translations", e("noSuchTranslation"));
  const snapshotId = await queueSnapshot({ id: user.id, email: user.email }, { id: full.id, slug: full.slug }, [full.language, ...chosen]);
  if (!snapshotId) return invalid("form", e("alreadyRunning"));
  return allow({ slug: full.slug, snapshotId });
}
