import { getTranslations, setRequestLocale } from "next-intl/server";
import { CampaignCard } from "@/components/campaigns/campaign-card";
import { listLocalizedCampaigns } from "@/lib/campaigns/queries";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [campaigns, t] = await Promise.all([listLocalizedCampaigns(locale), getTranslations("campaign")]);
  return (
    <>
      <h1>{t("home.title")}</h1>
      <p className="lead">{t("home.lead")}</p>
      {campaigns.length === 0 ? (
        <p>{t("home.empty")}</p>
      ) : (
        <ul className="card-list" aria-label={t("home.listLabel")}>
          {campaigns.map((campaign) => (
            <CampaignCard key={campaign.id} campaign={campaign} />
          ))}
        </ul>
      )}
    </>
  );
}
