import { useLocale, useTranslations } from "next-intl";
import type { CampaignListItem } from "@/lib/campaigns/queries";
import { isAcceptingSignatures } from "@/lib/campaigns/status";
import { eventDateLabel } from "@/lib/events/date-label";
import { formatterFor } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { contentAttributes } from "@/lib/i18n/routing";
import { CampaignProgress } from "./campaign-progress";

export function CampaignCard({ campaign }: { campaign: CampaignListItem }) {
  const t = useTranslations("campaign");
  const format = formatterFor(useLocale());
  const open = isAcceptingSignatures(campaign);
  const event = campaign.event;
  const written = contentAttributes(campaign.language, format.locale);
  return (
    <li className="card">
      <p className="caption">
        <span className={open ? "tag" : "tag tag-closed"}>{t(open ? "states.open" : "states.closed")}</span>
        {t(`kinds.${campaign.kind}`)}
      </p>
      <h2 {...written}>
        <Link href={`/campaigns/${campaign.slug}`}>{campaign.title}</Link>
      </h2>
      <p {...written}>{campaign.summary}</p>
      <CampaignProgress tally={campaign.tally} goal={campaign.goal} milestones={campaign.milestones} headingLevel="p" />
      {event && (
        <p className="muted">
          {t.rich("card.builtOn", {
            title: event.title,
            // The exact day in the reader's calendar; without one, the note the organizers wrote.
            date: eventDateLabel(event, format.locale),
            place: event.place,
            link: (chunks) => (
              <Link href={`/events/${event.slug}`}>
                <bdi>{chunks}</bdi>
              </Link>
            ),
          })}
        </p>
      )}
    </li>
  );
}
