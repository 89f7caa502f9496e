import { CampaignCard } from "@/components/campaigns/campaign-card";
import { listPublicCampaigns } from "@/lib/campaigns/queries";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const campaigns = await listPublicCampaigns();
  return (
    <>
      <h1>Campaigns built on documented events</h1>
      <p className="lead">
        Each campaign cites the event it comes from and the reports that document it. A signature counts once its owner confirms it by email.
      </p>
      {campaigns.length === 0 ? (
        <p>There are no open campaigns yet.</p>
      ) : (
        <ul className="card-list" aria-label="Campaigns">
          {campaigns.map((campaign) => (
            <CampaignCard key={campaign.id} campaign={campaign} />
          ))}
        </ul>
      )}
    </>
  );
}
