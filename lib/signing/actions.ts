"use server";

import { revalidateCampaign } from "@/lib/cache/revalidate";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientAddressFrom } from "@/lib/rate-limit/client-address";
import { tokenFormSchema, type FieldErrors } from "./schema";
import { confirmSignature, signCampaign, withdrawSignature } from "./mutations";
import { slugSchema } from "@/lib/validation/slug";
import { SIGN_ACCEPTED_MESSAGE } from "./messages";
import { utmTagsFrom } from "./source";

// Server actions for the public signer flows. The caller is anonymous by design: each action
// proves its right to act by what it is given (an open campaign, or a single-use token), and
// validates everything itself.

export type SignFormState =
  | { status: "idle" }
  | { status: "accepted"; message: string }
  | { status: "error"; message: string; fieldErrors: FieldErrors; values: Record<string, string> };

export async function signCampaignAction(_prev: SignFormState, formData: FormData): Promise<SignFormState> {
  const slug = slugSchema.safeParse(formData.get("campaign"));
  const requestHeaders = await headers();
  const input = {
    // The form posts from the campaign page, so its address (with any utm_* tags) is the Referer.
    ...utmTagsFrom(requestHeaders.get("referer")),
    ...Object.fromEntries([...formData.entries()].filter(([key, value]) => !key.startsWith("$") && typeof value === "string")),
  };
  const values = Object.fromEntries(
    Object.entries(input).filter(([key]) => key !== "website" && key !== "campaign" && !key.startsWith("utm")),
  ) as Record<string, string>;
  if (!slug.success) return { status: "error", message: "This campaign does not exist.", fieldErrors: {}, values };
  const outcome = await signCampaign(slug.data, input, { address: clientAddressFrom(requestHeaders) });
  switch (outcome.kind) {
    case "accepted":
      return { status: "accepted", message: SIGN_ACCEPTED_MESSAGE };
    case "invalid":
      return { status: "error", message: "There is a problem with your signature.", fieldErrors: outcome.fieldErrors, values };
    case "not-found":
      return { status: "error", message: "This campaign does not exist.", fieldErrors: {}, values };
    case "closed":
      return { status: "error", message: "This campaign is closed and no longer takes signatures.", fieldErrors: {}, values };
    case "rate-limited":
      return {
        status: "error",
        message: `Too many signatures have come from your network in the last minute. Please try again in ${outcome.retryAfterSeconds} seconds.`,
        fieldErrors: {},
        values,
      };
  }
}

export type TokenActionState = { status: "idle" } | { status: "error"; message: string };

export async function confirmSignatureAction(_prev: TokenActionState, formData: FormData): Promise<TokenActionState> {
  const parsed = tokenFormSchema.safeParse({ token: formData.get("token") });
  if (!parsed.success) return { status: "error", message: "This confirmation link is not valid." };
  const outcome = await confirmSignature(parsed.data.token);
  switch (outcome.kind) {
    case "confirmed":
    case "already-confirmed":
      revalidateCampaign(outcome.campaignSlug, "count");
      return redirect(`/campaigns/${outcome.campaignSlug}?confirmed=1`);
    case "expired":
      return { status: "error", message: "This confirmation link has expired. Sign the campaign again to get a new one." };
    case "closed":
      return { status: "error", message: "This campaign closed before your signature was confirmed." };
    case "invalid":
      return { status: "error", message: "This confirmation link is not valid. It may have been replaced by a newer email." };
  }
}

export async function withdrawSignatureAction(_prev: TokenActionState, formData: FormData): Promise<TokenActionState> {
  const parsed = tokenFormSchema.safeParse({ token: formData.get("token") });
  if (!parsed.success) return { status: "error", message: "This withdrawal link is not valid." };
  const outcome = await withdrawSignature(parsed.data.token);
  if (outcome.kind === "withdrawn") {
    revalidateCampaign(outcome.campaignSlug, "count");
    redirect(`/campaigns/${outcome.campaignSlug}?withdrawn=1`);
  }
  return {
    status: "error",
    message: "This withdrawal link is not valid. The signature may already be withdrawn, or a newer email replaced the link.",
  };
}
