import type { Metadata } from "next";
import Link from "next/link";
import { AddCampaignMemberForm } from "@/components/organizers/add-campaign-member-form";
import { InviteOrganizerForm } from "@/components/organizers/invite-organizer-form";
import { LongText } from "@/components/organizers/long-text";
import { TableRegion } from "@/components/organizers/table-region";
import { requirePage } from "@/lib/access/page";
import { getCurrentUser } from "@/lib/auth/session";
import { loadAdminPage } from "@/lib/organizers/page-data";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminPage() {
  // Not an admin: a 404, since Next's forbidden() needs experimental.authInterrupts.
  const { organizers, campaigns } = requirePage(await loadAdminPage(await getCurrentUser()), "/admin");
  return (
    <>
      <h1>Admin</h1>
      <p>
        Who can sign in, and who is on which campaign&apos;s team. The <Link href="/admin/audit">audit log</Link> lists every change organizers and
        admins made.
      </p>
      <h2>People who can sign in</h2>
      <TableRegion label="People who can sign in">
        <table data-testid="organizer-list">
          <thead>
            <tr>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Signed in yet</th>
            </tr>
          </thead>
          <tbody>
            {organizers.map((organizer) => (
              <tr key={organizer.id}>
                <td>
                  <LongText value={organizer.email} />
                </td>
                <td>{organizer.role}</td>
                <td>{organizer.signedInBefore ? "yes" : "not yet"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <h2>Invite an organizer</h2>
      <InviteOrganizerForm />
      <h2>Add someone to a campaign team</h2>
      <AddCampaignMemberForm campaigns={campaigns} />
    </>
  );
}
