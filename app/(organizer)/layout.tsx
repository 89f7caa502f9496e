import { SignOutButton } from "@/components/auth/sign-out-button";
import { LongText } from "@/components/organizers/long-text";
import { OrganizerNavLinks } from "@/components/organizers/organizer-nav-links";
import { redirectToSignIn } from "@/lib/auth/redirect";
import { getCurrentUser } from "@/lib/auth/session";

// A convenience for anonymous visitors, not a guard: every page and action below checks the
// session and the caller's role again itself (lib/organizers/page-data.ts, commands.ts).
export default async function OrganizerLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  if (!user) redirectToSignIn("/organizer");
  return (
    <>
      <nav aria-label="Organizer" className="organizer-bar">
        <OrganizerNavLinks isAdmin={user.role === "admin"} />
        <div className="organizer-account">
          <p>
            Signed in as{" "}
            <strong data-testid="signed-in-as">
              <LongText value={user.email} />
            </strong>{" "}
            ({user.role})
          </p>
          <SignOutButton />
        </div>
      </nav>
      {children}
    </>
  );
}
