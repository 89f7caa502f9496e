import type { Metadata } from "next";
import Link from "next/link";
import { SignInForm } from "@/components/auth/sign-in-form";
import { callbackPathSchema } from "@/lib/auth/schema";
import { getCurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in" };

// Auth.js sends its errors here (pages.error): the codes it uses for email sign-in.
const ERRORS: Record<string, string> = {
  AccessDenied: "This address cannot sign in. Organizers sign in once an admin has invited them: ask an admin for an invitation.",
  Verification: "This sign-in link has expired or has already been used. Ask for a new one below.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = callbackPathSchema.parse(typeof params.callbackUrl === "string" ? params.callbackUrl : undefined);
  const error = typeof params.error === "string" ? (ERRORS[params.error] ?? "Signing in did not work. Please try again.") : null;
  const user = await getCurrentUser();
  return (
    <>
      <h1>Sign in</h1>
      {params.signedOut && (
        <p className="notice" role="status">
          You are signed out.
        </p>
      )}
      {error && (
        <div className="error-summary" data-testid="signin-error">
          <h2>There is a problem</h2>
          <p>{error}</p>
        </div>
      )}
      {user ? (
        <p>
          You are signed in as {user.email}. <Link href="/organizer">Go to your campaigns</Link>.
        </p>
      ) : (
        <>
          <p>For campaign organizers and admins. Signers do not need an account.</p>
          <SignInForm callbackUrl={callbackUrl} />
        </>
      )}
    </>
  );
}
