"use server";

import { refresh } from "next/cache";
import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { revalidateCampaign } from "@/lib/cache/revalidate";
import { messageKey } from "@/lib/i18n/message-key";
import { redirect } from "@/lib/i18n/navigation";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/routing";
import { clientAddressFrom } from "@/lib/rate-limit/client-address";
import type { TokenActionState } from "@/lib/signing/actions";
import { requestManageLink, setUpdatesWithAccessLink, withdrawWithAccessLink, type ChangeOutcome } from "./mutations";
import { manageLinkRequestSchema, setMyUpdatesSchema, withdrawMySignatureSchema } from "./schema";

// "Manage my signatures" (issue #13). The caller is anonymous by design. Asking for a link proves
// nothing, so the answer is the same whatever the address (and whether it signed anything), and
// how often one may ask is limited; every change carries the link's token, which proves it.
// Messages are catalog keys (lib/i18n/message-key.ts), shown in the reader's language.

export type ManageLinkFormState =
  | { status: "idle" }
  | { status: "sent"; email: string }
  | { status: "error"; message: string; fieldErrors: { email?: string }; email: string };

export async function requestManageLinkAction(_prev: ManageLinkFormState, formData: FormData): Promise<ManageLinkFormState> {
  const email = String(formData.get("email") ?? "");
  const parsed = manageLinkRequestSchema.safeParse({ email });
  if (!parsed.success) {
    return { status: "error", message: messageKey("signing.signForm.problem"), fieldErrors: { email: parsed.error.issues[0]?.message }, email };
  }
  const outcome = await requestManageLink(parsed.data.email, clientAddressFrom(await headers()), await pageLocale());
  if (outcome.kind === "rate-limited") {
    return { status: "error", message: messageKey("signing.manage.errors.tooMany", { minutes: outcome.retryAfterMinutes }), fieldErrors: {}, email };
  }
  return { status: "sent", email: parsed.data.email };
}

export async function withdrawMySignatureAction(_prev: TokenActionState, formData: FormData): Promise<TokenActionState> {
  const parsed = withdrawMySignatureSchema.safeParse({ token: formData.get("token"), signatureId: formData.get("signatureId") });
  if (!parsed.success) return { status: "error", message: messageKey("signing.manage.errors.notValid") };
  const outcome = await withdrawWithAccessLink(parsed.data.token, parsed.data.signatureId);
  if (outcome.campaignSlug) revalidateCampaign(outcome.campaignSlug, "count");
  return answer(outcome, parsed.data.token, "withdrawn");
}

export async function setMyUpdatesAction(_prev: TokenActionState, formData: FormData): Promise<TokenActionState> {
  const parsed = setMyUpdatesSchema.safeParse({
    token: formData.get("token"),
    signatureId: formData.get("signatureId"),
    optInUpdates: formData.get("optInUpdates"),
  });
  if (!parsed.success) return { status: "error", message: messageKey("signing.manage.errors.notValid") };
  const outcome = await setUpdatesWithAccessLink(parsed.data.token, parsed.data.signatureId, parsed.data.optInUpdates);
  return answer(outcome, parsed.data.token, parsed.data.optInUpdates ? "updatesOn" : "updatesOff");
}

// Back to the same page (it shows what is now true, and a notice of what changed), or the refusal.
async function answer(outcome: ChangeOutcome, token: string, done: "withdrawn" | "updatesOn" | "updatesOff"): Promise<TokenActionState> {
  if (outcome.kind === "expired") return { status: "error", message: messageKey("signing.manage.errors.expired") };
  if (outcome.kind === "gone") {
    refresh();
    return { status: "error", message: messageKey("signing.manage.errors.gone") };
  }
  return redirect({ href: `/signatures/manage/${token}?done=${done}`, locale: await pageLocale() });
}

async function pageLocale(): Promise<Locale> {
  const locale = await getLocale();
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}
