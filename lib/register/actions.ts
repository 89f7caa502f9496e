"use server";

import { revalidateCampaign } from "@/lib/cache/revalidate";
import { buttonAction } from "@/lib/forms/form-action";
import { decideRegisterMatchAs, recheckRegisterAs } from "./commands";

// The review page's buttons (issue #14): each reads the session and hands the form to a command,
// which validates and authorizes again. A refused request changes nothing; the page shows what is.

export const decideRegisterMatchAction = buttonAction(decideRegisterMatchAs, ({ campaignSlug }) => revalidateCampaign(campaignSlug));

export const recheckRegisterAction = buttonAction(recheckRegisterAs, ({ campaignSlug }) => revalidateCampaign(campaignSlug));
