import "server-only";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import Resend from "next-auth/providers/resend";
import { getDb } from "@/lib/db/client";
import { accounts, sessions, users, verificationTokens } from "@/lib/db/schema";
import { getEnv, getSecret } from "@/lib/env";
import { localePath } from "@/lib/i18n/routing";
import { authLogger } from "./auth-logger";
import { addressOnSite, redirectOnSite, sessionView } from "./callbacks";
import { sendMagicLink } from "./magic-link-email";
import { callbackLocale } from "./sign-in-path";
import { admitToSignIn } from "./sign-in-policy";

export const EMAIL_PROVIDER_ID = "resend";

// Configured lazily (per request) so that `next build` needs neither a secret nor a database, and
// so that Auth.js's own pages are those of the reader's language (issue #12): a magic link opened
// by a French organizer carries `callbackUrl=…/fr/organizer`, so an expired one lands on
// /fr/signin?error=Verification. (Server actions and components get no request here; they never
// show Auth.js's pages: requestSignInLinkAction asks for no redirect.)
const nextAuth = NextAuth((request) => ({
  adapter: DrizzleAdapter(getDb(), {
    usersTable: users,
    accountsTable: accounts,
    sessionsTable: sessions,
    verificationTokensTable: verificationTokens,
  }),
  // Database sessions: signing out, or deleting a user, ends their sessions at once.
  session: { strategy: "database", maxAge: 30 * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
  secret: getSecret(),
  // Cookies marked Secure when the site is served over https, whatever the hop from the proxy.
  useSecureCookies: getEnv().APP_URL.startsWith("https://"),
  // Behind the reverse proxy the README asks for, the Host header names the public address. The
  // one place a forged host could hurt, the magic link, is rebuilt on APP_URL (magic-link-email.ts).
  trustHost: true,
  providers: [
    Resend({
      id: EMAIL_PROVIDER_ID,
      from: getEnv().EMAIL_FROM,
      maxAge: 24 * 60 * 60,
      sendVerificationRequest: sendMagicLink,
    }),
  ],
  pages: authPages(callbackLocale(request?.nextUrl.searchParams.get("callbackUrl"))),
  // Refusals (an uninvited address, a used link) at info; failures through the app's logger.
  logger: authLogger,
  callbacks: {
    // Called when the address is typed (email.verificationRequest) and again when the link is opened.
    async signIn({ user, email }) {
      if (!user.email) return false;
      return admitToSignIn(user.email, email?.verificationRequest ? "request" : "verified");
    },
    redirect({ url, baseUrl }) {
      return redirectOnSite(url, baseUrl, new URL(getEnv().APP_URL).origin);
    },
    session({ session, user }) {
      return sessionView(session, user as typeof user & { role?: string });
    },
  },
}));

export const { auth, signIn, signOut } = nextAuth;

/** Auth.js's endpoints, each request addressed to the site before Auth.js reads it (issue #13). */
const onSite = (request: NextRequest) => new NextRequest(addressOnSite(request.url, getEnv().AUTH_URL ?? getEnv().APP_URL), request);
export const handlers = {
  GET: (request: NextRequest) => nextAuth.handlers.GET(onSite(request)),
  POST: (request: NextRequest) => nextAuth.handlers.POST(onSite(request)),
};

function authPages(locale: Parameters<typeof localePath>[0]) {
  const signInPage = localePath(locale, "/signin");
  return { signIn: signInPage, verifyRequest: `${signInPage}/check-email`, error: signInPage };
}
