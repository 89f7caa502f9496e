import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { getEnv } from "@/lib/env";

// Who may sign in (issue #3): the admins named in ADMIN_EMAILS, and people an admin invited (an
// invitation creates their users row). Nobody else, and no account is made for anyone else.

export type SignInStage =
  /** The address was typed into the sign-in form: decides whether a magic link is sent. */
  | "request"
  /** The magic link was opened: the address is proven. */
  | "verified";

function isBootstrapAdmin(email: string): boolean {
  return getEnv().ADMIN_EMAILS.includes(email.trim().toLowerCase());
}

export async function admitToSignIn(email: string, stage: SignInStage): Promise<boolean> {
  const address = email.trim().toLowerCase();
  if (isBootstrapAdmin(address)) {
    // Only once the address is proven, so typing an admin's address makes no row.
    if (stage === "verified") await ensureAdminUser(address);
    return true;
  }
  const [user] = await getDb().select({ id: users.id }).from(users).where(eq(users.email, address)).limit(1);
  return Boolean(user);
}

/** Makes (or promotes) the users row of an ADMIN_EMAILS address before Auth.js looks it up. */
async function ensureAdminUser(email: string): Promise<void> {
  await getDb()
    .insert(users)
    .values({ email, role: "admin" })
    .onConflictDoUpdate({ target: users.email, set: { role: "admin" } });
}
