import { useLocale, useTranslations } from "next-intl";
import { formatterFor } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { OrganizerCampaign } from "@/lib/organizers/queries";
import { campaignPath } from "./campaign-header";
import { TableRegion } from "@/components/ui/table-region";

// Four columns, so it fits a phone: the campaign's status and the caller's role go under its title.
export function OrganizerCampaignTable({ campaigns, caption }: { campaigns: OrganizerCampaign[]; caption: string }) {
  const t = useTranslations("organizer");
  const format = formatterFor(useLocale());
  return (
    <TableRegion label={caption}>
      <table data-testid="organizer-campaigns">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("campaignTable.campaign")}</th>
            <th scope="col" className="numeric">
              {t("campaignTable.online")}
            </th>
            <th scope="col" className="numeric">
              {t("campaignTable.offline")}
            </th>
            <th scope="col" className="numeric">
              {t("campaignTable.total")}
            </th>
          </tr>
        </thead>
        <tbody>
          {campaigns.map((campaign) => (
            <tr key={campaign.id} data-slug={campaign.slug}>
              <th scope="row" className="hyphenate">
                <Link href={campaignPath(campaign.slug)}>{campaign.title}</Link>
                <span className="cell-note">
                  <span className={campaign.status === "open" ? "tag" : "tag tag-closed"}>{t(`campaignStatus.${campaign.status}`)}</span>
                  {t("campaignTable.yourRole", { role: t(`roles.${campaign.memberRole ?? "admin"}`) })}
                </span>
              </th>
              <td className="numeric">{format.number(campaign.tally.online)}</td>
              <td className="numeric">{format.number(campaign.tally.offline)}</td>
              <td className="numeric">{format.number(campaign.tally.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
