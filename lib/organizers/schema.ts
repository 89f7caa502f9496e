import { z } from "zod";
import { emailAddressSchema } from "@/lib/auth/schema";
import { messageKey } from "@/lib/i18n/message-key";
import { singleLine } from "@/lib/validation/text";

// Inputs of the organizer forms: used by react-hook-form in the browser and again by the actions.
// Their messages are catalog keys (lib/i18n/message-key.ts).

export const CAMPAIGN_MEMBER_ROLES = ["owner", "editor", "viewer"] as const;

// A NUL would reach PostgreSQL in the campaign lookup and fail there (lib/validation/text).
const CHOOSE_CAMPAIGN = messageKey("organizer.forms.chooseCampaign");
const campaignSlug = singleLine(z.string({ message: CHOOSE_CAMPAIGN }).min(1, CHOOSE_CAMPAIGN).max(80), CHOOSE_CAMPAIGN);

export const inviteOrganizerSchema = z.object({ email: emailAddressSchema });
export type InviteOrganizerInput = z.input<typeof inviteOrganizerSchema>;

export const addCampaignMemberSchema = z.object({
  campaignSlug,
  email: emailAddressSchema,
  role: z.enum(CAMPAIGN_MEMBER_ROLES, { message: messageKey("organizer.addMember.errors.chooseRole") }),
});
export type AddCampaignMemberInput = z.input<typeof addCampaignMemberSchema>;

export const removeCampaignMemberSchema = z.object({
  campaignSlug,
  userId: z.guid({ message: messageKey("organizer.addMember.errors.chooseMember") }),
});

export const createApiKeySchema = z.object({
  label: singleLine(
    z
      .string({ message: messageKey("organizer.createApiKey.errors.nameRequired") })
      .trim()
      .min(1, messageKey("organizer.createApiKey.errors.nameEmpty"))
      .max(80, messageKey("organizer.forms.atMostCharacters", { max: 80 })),
  ),
});
export type CreateApiKeyInput = z.input<typeof createApiKeySchema>;

export const revokeApiKeySchema = z.object({ keyId: z.guid({ message: messageKey("organizer.refusals.chooseKey") }) });

/** An admin removing an organizer's or admin's account (issue #13). */
export const removeAccountSchema = z.object({ userId: z.guid({ message: messageKey("organizer.refusals.chooseAccount") }) });

// Marking a listed signatory as a verified official, or taking the mark back (issue #3: "notable signatories").
export const signatoryVerificationSchema = z.object({
  campaignSlug,
  signatureId: z.guid({ message: messageKey("organizer.refusals.chooseSignatory") }),
});

export const SIGNATORY_SEARCH_MAX = 100;
