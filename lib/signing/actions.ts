"use server";

import { revalidateCampaign } from "@/lib/cache/revalidate";
import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { redirect } from "@/lib/i18n/navigation";
import { messageKey } from "@/lib/i18n/message-key";
import { clientAddressFrom } from "@/lib/rate-limit/client-address";
import { confirmFormSchema, tokenFormSchema, type FieldErrors } from "./schema";
import { confirmSignature, signCampaign, withdrawSignature } from "./mutations";
import { slugSchema } from "@/lib/validation/slug";
import { utmTagsFrom } from "./source";
import { disposableAddressRefusal } from "./address-screening";
import { suggestEmailDomain, type EmailDomainSuggestion } from "./email-domain-suggestion";
import { PROOF_OF_WORK_FIELD } from "@/lib/proof-of-work/schema";
import type { CommuneOption } from "@/lib/communes/schema";

// Server actions for the public signer flows. The caller is anonymous by design: each action
// proves its right to act by what it is given (an open campaign, or a single-use token), and
// validates everything itself. Their messages are catalog keys (lib/i18n/message-key.ts): the form
// shows them in the reader's language.

export type SignFormState =
  | { status: "idle" }
  // A likely typo in the address's domain (never the whole address): the notice asks the signer
  // to check it, for a browser that did not run the form's own suggestion.
  | { status: "accepted"; message: string; emailDomain?: EmailDomainSuggestion }
  | {
      status: "error";
      message: string;
      fieldErrors: FieldErrors;
      values: Record<string, string>;
      /** The French communes a typed municipality may mean (issue #14): the form asks which one. */
      communeChoices?: CommuneOption[];
    };

export async function signCampaignAction(_prev: SignFormState, formData: FormData): Promise<SignFormState> {
  const slug = slugSchema.safeParse(formData.get("campaign"));
  const requestHeaders = await headers();
  const input = {
    // The form posts from the campaign page, so its address (with any utm_* tags) is the Referer.
    ...utmTagsFrom(requestHeaders.get("referer")),
    ...Object.fromEntries([...formData.entries()].filter(([key, value]) => !key.startsWith("$") && typeof value === "string")),
    // The language of the page the form is on (`/fr/campaigns/x`): the signer's emails are written in it.
    locale: await getLocale(),
  };
  const values = Object.fromEntries(
    Object.entries(input).filter(
      ([key]) => key !== "website" && key !== "campaign" && key !== "locale" && key !== PROOF_OF_WORK_FIELD && !key.startsWith("utm"),
    ),
  ) as Record<string, string>;
  const notFound = messageKey("signing.sign.campaignNotFound");
  if (!slug.success) return { status: "error", message: notFound, fieldErrors: {}, values };
  const refusal = await disposableAddressRefusal(slug.data, input);
  if (refusal) return { status: "error", message: messageKey("signing.sign.invalid"), fieldErrors: { email: refusal }, values };
  const outcome = await signCampaign(slug.data, input, {
    address: clientAddressFrom(requestHeaders),
    proofOfWork: formData.get(PROOF_OF_WORK_FIELD),
  });
  switch (outcome.kind) {
    case "accepted":
      return { status: "accepted", message: messageKey("signing.signForm.accepted"), ...emailDomainHint(formData.get("email")) };
    case "invalid":
      return {
        status: "error",
        message: messageKey("signing.sign.invalid"),
        fieldErrors: outcome.fieldErrors,
        values,
        ...(outcome.communeChoices && { communeChoices: outcome.communeChoices }),
      };
    case "not-found":
      return { status: "error", message: notFound, fieldErrors: {}, values };
    case "closed":
      return { status: "error", message: messageKey("signing.sign.closed"), fieldErrors: {}, values };
    case "rate-limited":
      return {
        status: "error",
        message: messageKey("signing.sign.rateLimited", { seconds: outcome.retryAfterSeconds }),
        fieldErrors: {},
        values,
      };
  }
}

function emailDomainHint(email: unknown): { emailDomain?: EmailDomainSuggestion } {
  const suggestion = typeof email === "string" ? suggestEmailDomain(email) : null;
  return suggestion ? { emailDomain: suggestion } : {};
}

/** `field`: the form field the refusal is about (the consent box), for the page to tie the message to it. */
export type TokenActionState = { status: "idle" } | { status: "error"; message: string; field?: "consent" };

export async function confirmSignatureAction(_prev: TokenActionState, formData: FormData): Promise<TokenActionState> {
  const parsed = confirmFormSchema.safeParse({ token: formData.get("token"), consent: formData.get("consent") });
  if (!parsed.success) return { status: "error", message: messageKey("signing.confirm.errors.notValid") };
  const outcome = await confirmSignature(parsed.data.token, { consent: parsed.data.consent });
  switch (outcome.kind) {
    case "confirmed":
    case "already-confirmed":
      revalidateCampaign(outcome.campaignSlug, "count");
      // Back to the campaign page in the language of the confirmation page.
      return redirect({ href: `/campaigns/${outcome.campaignSlug}?confirmed=1`, locale: await getLocale() });
    case "expired":
      return { status: "error", message: messageKey("signing.confirm.errors.expired") };
    case "closed":
      return { status: "error", message: messageKey("signing.confirm.errors.closed") };
    case "consent-required":
      return { status: "error", message: messageKey("signing.confirm.errors.consentRequired"), field: "consent" };
    case "invalid":
      return { status: "error", message: messageKey("signing.confirm.errors.replaced") };
  }
}

export async function withdrawSignatureAction(_prev: TokenActionState, formData: FormData): Promise<TokenActionState> {
  const parsed = tokenFormSchema.safeParse({ token: formData.get("token") });
  if (!parsed.success) return { status: "error", message: messageKey("signing.withdraw.errors.notValid") };
  const outcome = await withdrawSignature(parsed.data.token);
  if (outcome.kind === "withdrawn") {
    revalidateCampaign(outcome.campaignSlug, "count");
    redirect({ href: `/campaigns/${outcome.campaignSlug}?withdrawn=1`, locale: await getLocale() });
  }
  return { status: "error", message: messageKey("signing.withdraw.errors.gone") };
}
