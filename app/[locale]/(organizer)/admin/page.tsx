import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AddCampaignMemberForm } from "@/components/organizers/add-campaign-member-form";
import { InviteOrganizerForm } from "@/components/organizers/invite-organizer-form";
import { LongText } from "@/components/organizers/long-text";
import { RemoveAccountForm } from "@/components/organizers/remove-account-form";
import { TableRegion } from "@/components/ui/table-region";
import { requirePage } from "@/lib/access/page";
import { getCurrentUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { loadAdminPage } from "@/lib/organizers/page-data";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("organizer.admin");
  return { title: t("metaTitle") };
}

export default async function AdminPage() {
  // Not an admin: a 404, since Next's forbidden() needs experimental.authInterrupts.
  const { organizers, campaigns } = await requirePage(await loadAdminPage(await getCurrentUser()), "/admin");
  const t = await getTranslations("organizer");
  const register = await getTranslations("register.admin");
  return (
    <>
      <h1>{t("admin.title")}</h1>
      <p>{t.rich("admin.intro", { link: (chunks) => <Link href="/admin/audit">{chunks}</Link> })}</p>
      <p>
        <Link href="/admin/register">{register("title")}</Link>
      </p>
      <h2>{t("admin.peopleTitle")}</h2>
      <TableRegion label={t("admin.peopleTitle")}>
        <table data-testid="organizer-list">
          <thead>
            <tr>
              <th scope="col">{t("admin.email")}</th>
              <th scope="col">{t("admin.role")}</th>
              <th scope="col">{t("admin.signedInYet")}</th>
              <th scope="col">{t("admin.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {organizers.map((organizer) => (
              <tr key={organizer.id}>
                <td>
                  <bdi>
                    <LongText value={organizer.email} />
                  </bdi>
                </td>
                <td>{t(`roles.${organizer.role}`)}</td>
                <td>{organizer.signedInBefore ? t("admin.yes") : t("admin.notYet")}</td>
                <td>
                  {organizer.removable ? (
                    <RemoveAccountForm userId={organizer.id} email={organizer.email} />
                  ) : (
                    <span className="muted">{organizer.you ? t("admin.you") : t("admin.listedAdmin")}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <h2>{t("admin.inviteTitle")}</h2>
      <InviteOrganizerForm />
      <h2>{t("admin.addMemberTitle")}</h2>
      <AddCampaignMemberForm campaigns={campaigns} />
    </>
  );
}
