import { z } from "zod";
import { emailAddressSchema } from "@/lib/auth/schema";
import { singleLine } from "@/lib/validation/text";

// Inputs of the organizer forms: used by react-hook-form in the browser and again by the actions.

export const CAMPAIGN_MEMBER_ROLES = ["owner", "editor", "viewer"] as const;

// A NUL would reach PostgreSQL in the campaign lookup and fail there (lib/validation/text).
const campaignSlug = singleLine(z.string({ message: "Choose a campaign" }).min(1, "Choose a campaign").max(80), "Choose a campaign");

export const inviteOrganizerSchema = z.object({ email: emailAddressSchema });
export type InviteOrganizerInput = z.input<typeof inviteOrganizerSchema>;

export const addCampaignMemberSchema = z.object({
  campaignSlug,
  email: emailAddressSchema,
  role: z.enum(CAMPAIGN_MEMBER_ROLES, { message: "Choose a role: owner, editor or viewer" }),
});
export type AddCampaignMemberInput = z.input<typeof addCampaignMemberSchema>;

export const removeCampaignMemberSchema = z.object({ campaignSlug, userId: z.guid({ message: "Choose a member" }) });

export const createApiKeySchema = z.object({
  label: singleLine(
    z.string({ message: "Name the key" }).trim().min(1, "Name the key, e.g. the tool that will use it").max(80, "At most 80 characters"),
  ),
});
export type CreateApiKeyInput = z.input<typeof createApiKeySchema>;

export const revokeApiKeySchema = z.object({ keyId: z.guid({ message: "Choose a key" }) });

// Marking a listed signatory as a verified official, or taking the mark back (issue #3: "notable signatories").
export const signatoryVerificationSchema = z.object({
  campaignSlug,
  signatureId: z.guid({ message: "Choose a signatory" }),
});

export const SIGNATORY_SEARCH_MAX = 100;
