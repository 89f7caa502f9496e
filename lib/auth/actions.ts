"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { EMAIL_PROVIDER_ID, signIn, signOut } from "./auth";
import { isAuthRefusal } from "./auth-logger";
import { signInSchema } from "./schema";

export type SignInFormState = { status: "idle" } | { status: "error"; message: string; fieldErrors: { email?: string }; email: string };

// Anonymous by design: asking for a link proves nothing. Auth.js's signIn callback decides
// whether the address may have one (sign-in-policy.ts); refused addresses get no email and no row.
export async function requestSignInLinkAction(_prev: SignInFormState, formData: FormData): Promise<SignInFormState> {
  const email = String(formData.get("email") ?? "");
  const parsed = signInSchema.safeParse({ email, callbackUrl: formData.get("callbackUrl") ?? undefined });
  if (!parsed.success) {
    const message = parsed.error.issues.find((issue) => issue.path[0] === "email")?.message ?? "Enter an email address";
    return { status: "error", message: "There is a problem", fieldErrors: { email: message }, email };
  }
  try {
    await signIn(EMAIL_PROVIDER_ID, { email: parsed.data.email, redirectTo: parsed.data.callbackUrl, redirect: false });
  } catch (error) {
    // Not when the policy itself failed (the database out of reach): then "try again" is the truth.
    if (isAuthRefusal(error) && error.type === "AccessDenied") {
      return {
        status: "error",
        message: "This address cannot sign in. Organizers sign in once an admin has invited them: ask an admin for an invitation.",
        fieldErrors: {},
        email,
      };
    }
    if (error instanceof AuthError) {
      return { status: "error", message: "We could not send a sign-in link. Please try again.", fieldErrors: {}, email };
    }
    throw error;
  }
  redirect("/signin/check-email");
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/signin?signedOut=1" });
}
