"use server";

import { AuthError } from "next-auth";
import { getLocale } from "next-intl/server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientAddressFrom } from "@/lib/rate-limit/client-address";
import { messageKey } from "@/lib/i18n/message-key";
import { DEFAULT_LOCALE, isLocale, type Locale, localePath } from "@/lib/i18n/routing";
import { EMAIL_PROVIDER_ID, signIn, signOut } from "./auth";
import { isAuthRefusal } from "./auth-logger";
import { hasLocalePrefix } from "./sign-in-path";
import { signInSchema } from "./schema";
import { admitSignInLinkRequest } from "./sign-in-limits";

/** `message` and the field errors are catalog keys (lib/i18n/message-key.ts), shown in the page's language. */
export type SignInFormState = { status: "idle" } | { status: "error"; message: string; fieldErrors: { email?: string }; email: string };

// Anonymous by design: asking for a link proves nothing, so how often one may ask is limited per
// address and per client (sign-in-limits.ts). Auth.js's signIn callback decides
// whether the address may have one (sign-in-policy.ts); refused addresses get no email and no row,
// and the same answer as everyone else: telling them "this address cannot sign in" told anyone who
// typed an address whether its owner organizes a campaign (issue #13), which for a campaign against
// a government can put that person at risk.
// The page's language (proxy.ts hands it to next-intl) goes with the request: the magic link
// email is written in it (magic-link-email.ts), and the reader comes back to a page in it.
export async function requestSignInLinkAction(_prev: SignInFormState, formData: FormData): Promise<SignInFormState> {
  const email = String(formData.get("email") ?? "");
  const parsed = signInSchema.safeParse({ email, callbackUrl: formData.get("callbackUrl") ?? undefined });
  if (!parsed.success) {
    const message = parsed.error.issues.find((issue) => issue.path[0] === "email")?.message ?? messageKey("auth.errors.emailEmpty");
    return { status: "error", message: messageKey("common.forms.problem"), fieldErrors: { email: message }, email };
  }
  const limit = await admitSignInLinkRequest(parsed.data.email, clientAddressFrom(await headers()));
  if (!limit.allowed) {
    return { status: "error", message: messageKey("auth.errors.tooManyLinks", { minutes: limit.retryAfterMinutes }), fieldErrors: {}, email };
  }
  const locale = await pageLocale();
  // A path without a language prefix (`/organizer`, the default) comes back in the page's language.
  const callbackUrl = hasLocalePrefix(parsed.data.callbackUrl) ? parsed.data.callbackUrl : localePath(locale, parsed.data.callbackUrl);
  try {
    await signIn(EMAIL_PROVIDER_ID, { email: parsed.data.email, redirectTo: callbackUrl, redirect: false, locale });
  } catch (error) {
    // Not when the policy itself failed (the database out of reach): then "try again" is the truth.
    const refused = isAuthRefusal(error) && error.type === "AccessDenied";
    if (!refused && error instanceof AuthError) {
      return { status: "error", message: messageKey("auth.errors.sendFailed"), fieldErrors: {}, email };
    }
    if (!refused) throw error;
  }
  redirect(localePath(locale, "/signin/check-email"));
}

export async function signOutAction(): Promise<void> {
  const locale = await pageLocale();
  await signOut({ redirectTo: `${localePath(locale, "/signin")}?signedOut=1` });
}

async function pageLocale(): Promise<Locale> {
  const locale = await getLocale();
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}
