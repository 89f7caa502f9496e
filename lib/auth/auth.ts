import "server-only";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import NextAuth from "next-auth";
import Resend from "next-auth/providers/resend";
import { getDb } from "@/lib/db/client";
import { accounts, sessions, users, verificationTokens } from "@/lib/db/schema";
import { getEnv, getSecret } from "@/lib/env";
import { localePath } from "@/lib/i18n/routing";
import { authLogger } from "./auth-logger";
import { sendMagicLink } from "./magic-link-email";
import { callbackLocale } from "./sign-in-path";
import { admitToSignIn } from "./sign-in-policy";

export const EMAIL_PROVIDER_ID = "resend";

// Configured lazily (per request) so that `next build` needs neither a secret nor a database, and
// so that Auth.js's own pages are those of the reader's language (issue #12): a magic link opened
// by a French organizer carries `callbackUrl=…/fr/organizer`, so an expired one lands on
// /fr/signin?error=Verification. (Server actions and components get no request here; they never
// show Auth.js's pages: requestSignInLinkAction asks for no redirect.)
export const { handlers, auth, signIn, signOut } = NextAuth((request) => ({
  adapter: DrizzleAdapter(getDb(), {
    usersTable: users,
    accountsTable: accounts,
    sessionsTable: sessions,
    verificationTokensTable: verificationTokens,
  }),
  // Database sessions: signing out, or deleting a user, ends their sessions at once.
  session: { strategy: "database", maxAge: 30 * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
  secret: getSecret(),
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
    // Where to go after signing in or out: a path or an address on this site, always on APP_URL.
    // (Auth.js's own base address comes from the request, which Next.js reports as `localhost`
    // for a loopback host, so a redirect built on it could leave the host that holds the cookie.)
    redirect({ url, baseUrl }) {
      const site = new URL(getEnv().APP_URL).origin;
      const target = new URL(url, site);
      if (url.startsWith("/") || target.origin === site || target.origin === baseUrl) {
        return new URL(`${target.pathname}${target.search}`, site).toString();
      }
      return site;
    },
    session({ session, user }) {
      const role = (user as { role?: string }).role;
      return { ...session, user: { ...session.user, id: user.id, email: user.email, role } };
    },
  },
}));

function authPages(locale: Parameters<typeof localePath>[0]) {
  const signInPage = localePath(locale, "/signin");
  return { signIn: signInPage, verifyRequest: `${signInPage}/check-email`, error: signInPage };
}
