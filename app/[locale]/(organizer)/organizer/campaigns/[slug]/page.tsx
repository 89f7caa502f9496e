import { getLocale, getTranslations } from "next-intl/server";
import { AddCampaignMemberForm } from "@/components/organizers/add-campaign-member-form";
import { CampaignHeader } from "@/components/organizers/campaign-header";
import { CampaignSignatoriesSection } from "@/components/organizers/campaign-signatories-section";
import { LongText } from "@/components/organizers/long-text";
import { TableRegion } from "@/components/ui/table-region";
import { ActionButton } from "@/components/ui/action-button";
import { requirePage } from "@/lib/access/page";
import { getCurrentUser } from "@/lib/auth/session";
import { formatterFor } from "@/lib/i18n/format";
import { removeCampaignMemberAction } from "@/lib/organizers/actions";
import { loadCampaignOverview } from "@/lib/organizers/page-data";
import { titleFrom } from "@/lib/i18n/metadata";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = titleFrom("editor", "overview.metaTitle");

export default async function CampaignOverviewPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { q } = await searchParams;
  const t = await getTranslations("editor");
  const format = formatterFor(await getLocale());
  // A campaign the caller may not see answers exactly like one that does not exist, so its
  // existence (drafts included) is not disclosed.
  const { campaign, team, access, signatories, search } = await requirePage(
    await loadCampaignOverview(await getCurrentUser(), slug, { search: typeof q === "string" ? q : "" }),
    `/organizer/campaigns/${slug}`,
  );
  const owners = team.filter((member) => member.role === "owner").length;
  return (
    <>
      <CampaignHeader campaign={campaign} section="overview" heading={campaign.title} />
      <dl className="facts">
        <dt>{t("facts.status")}</dt>
        <dd data-testid="campaign-status">{t(`status.${campaign.status}`)}</dd>
        <dt>{t("overview.yourRole")}</dt>
        <dd>{t(`roles.${campaign.memberRole ?? "admin"}`)}</dd>
        <dt>{t("overview.online")}</dt>
        <dd>{format.number(campaign.tally.online)}</dd>
        <dt>{t("overview.offline")}</dt>
        <dd>{format.number(campaign.tally.offline)}</dd>
        <dt>{t("overview.total", { goal: format.number(campaign.goal) })}</dt>
        <dd data-testid="campaign-total">{format.number(campaign.tally.total)}</dd>
      </dl>
      <h2>{t("overview.team")}</h2>
      {team.length === 0 ? (
        <p>{t("overview.noTeam")}</p>
      ) : (
        <TableRegion label={t("overview.team")}>
          <table data-testid="campaign-team">
            <thead>
              <tr>
                <th scope="col">{t("overview.member")}</th>
                <th scope="col">{t("overview.role")}</th>
                {access.manageTeam && (
                  <th scope="col">
                    <span className="visually-hidden">{t("overview.remove")}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {team.map((member) => {
                const who = member.name ?? member.email;
                return (
                  <tr key={member.userId}>
                    <td>
                      <LongText value={who} />
                    </td>
                    <td>{t(`roles.${member.role}`)}</td>
                    {access.manageTeam && (
                      <td>
                        {member.role === "owner" && owners === 1 ? (
                          <span className="cell-note">{t("overview.onlyOwner")}</span>
                        ) : (
                          <ActionButton
                            action={removeCampaignMemberAction}
                            fields={{ campaignSlug: campaign.slug, userId: member.userId }}
                            kind="quiet-danger"
                            confirm={t("overview.removeConfirm", { who })}
                          >
                            {t.rich("overview.removeButton", {
                              who,
                              hidden: (chunks) => <span className="visually-hidden">{chunks}</span>,
                              bdi: (chunks) => <bdi>{chunks}</bdi>,
                            })}
                          </ActionButton>
                        )}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableRegion>
      )}
      {access.manageTeam && (
        <section aria-labelledby="add-member-title">
          <h3 id="add-member-title">{t("overview.addMember")}</h3>
          <AddCampaignMemberForm fixedCampaign={campaign.slug} />
        </section>
      )}
      <CampaignSignatoriesSection campaignSlug={campaign.slug} signatories={signatories} search={search} canVerify={access.edit} />
    </>
  );
}
