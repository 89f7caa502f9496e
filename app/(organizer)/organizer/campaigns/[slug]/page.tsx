import type { Metadata } from "next";
import { AddCampaignMemberForm } from "@/components/organizers/add-campaign-member-form";
import { CampaignHeader } from "@/components/organizers/campaign-header";
import { CampaignSignatoriesSection } from "@/components/organizers/campaign-signatories-section";
import { LongText } from "@/components/organizers/long-text";
import { TableRegion } from "@/components/organizers/table-region";
import { ActionButton } from "@/components/ui/action-button";
import { requirePage } from "@/lib/access/page";
import { getCurrentUser } from "@/lib/auth/session";
import { removeCampaignMemberAction } from "@/lib/organizers/actions";
import { loadCampaignOverview } from "@/lib/organizers/page-data";

export const metadata: Metadata = { title: "Campaign overview" };

const number = new Intl.NumberFormat("en");

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function CampaignOverviewPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { q } = await searchParams;
  // A campaign the caller may not see answers exactly like one that does not exist, so its
  // existence (drafts included) is not disclosed.
  const { campaign, team, access, signatories, search } = requirePage(
    await loadCampaignOverview(await getCurrentUser(), slug, { search: typeof q === "string" ? q : "" }),
    `/organizer/campaigns/${slug}`,
  );
  const owners = team.filter((member) => member.role === "owner").length;
  return (
    <>
      <CampaignHeader campaign={campaign} section="overview" heading={campaign.title} />
      <dl className="facts">
        <dt>Status</dt>
        <dd data-testid="campaign-status">{campaign.status}</dd>
        <dt>Your role</dt>
        <dd>{campaign.memberRole ?? "admin"}</dd>
        <dt>Confirmed online signatures</dt>
        <dd>{number.format(campaign.tally.online)}</dd>
        <dt>Documented offline signatures</dt>
        <dd>{number.format(campaign.tally.offline)}</dd>
        <dt>Total, of a goal of {number.format(campaign.goal)}</dt>
        <dd data-testid="campaign-total">{number.format(campaign.tally.total)}</dd>
      </dl>
      <h2>Team</h2>
      {team.length === 0 ? (
        <p>Nobody is on this campaign&apos;s team yet.</p>
      ) : (
        <TableRegion label="Team">
          <table data-testid="campaign-team">
            <thead>
              <tr>
                <th scope="col">Member</th>
                <th scope="col">Role</th>
                {access.manageTeam && (
                  <th scope="col">
                    <span className="visually-hidden">Remove</span>
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
                    <td>{member.role}</td>
                    {access.manageTeam && (
                      <td>
                        {member.role === "owner" && owners === 1 ? (
                          <span className="cell-note">The only owner: make someone else owner first.</span>
                        ) : (
                          <ActionButton
                            action={removeCampaignMemberAction}
                            fields={{ campaignSlug: campaign.slug, userId: member.userId }}
                            kind="quiet-danger"
                            confirm={`Remove ${who} from this campaign's team? They can no longer see or change it.`}
                          >
                            Remove<span className="visually-hidden"> {who} from the team</span>
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
          <h3 id="add-member-title">Add someone to the team, or change their role</h3>
          <AddCampaignMemberForm fixedCampaign={campaign.slug} />
        </section>
      )}
      <CampaignSignatoriesSection campaignSlug={campaign.slug} signatories={signatories} search={search} canVerify={access.edit} />
    </>
  );
}
