import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { redirectToSignIn } from "@/lib/auth/redirect";
import { getCurrentUser } from "@/lib/auth/session";

// A convenience for anonymous visitors, not a guard: every page and action below checks the
// session and the caller's role again itself (lib/organizers/page-data.ts, commands.ts).
export default async function OrganizerLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  if (!user) redirectToSignIn("/organizer");
  return (
    <>
      <nav aria-label="Organizer" className="panel organizer-nav">
        <p>
          Signed in as <strong data-testid="signed-in-as">{user.email}</strong> ({user.role})
        </p>
        <ul>
          <li>
            <Link href="/organizer">Your campaigns</Link>
          </li>
          <li>
            <Link href="/organizer/events">Events</Link>
          </li>
          {user.role === "admin" && (
            <>
              <li>
                <Link href="/admin">Admin</Link>
              </li>
              <li>
                <Link href="/admin/audit">Audit log</Link>
              </li>
            </>
          )}
        </ul>
        <SignOutButton />
      </nav>
      {children}
    </>
  );
}
