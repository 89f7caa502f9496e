import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { Breadcrumb, type Crumb } from "./breadcrumb";

// The top of every organizer page of one campaign, in the order every organizer page follows
// (issue #11): the breadcrumb, the h1, then the campaign's sections as tabs, the current one marked.
// The page says which section it is, so the tabs need no JavaScript to know where they are.

// Each tab shows a short label, so the six fit one line on a laptop; its accessible name is the
// section's whole name, which starts with the label (WCAG 2.5.3): the catalog's `label` and `full`,
// the rest of the whole name visually hidden.
const SECTIONS = {
  overview: "",
  edit: "/edit",
  translations: "/translations",
  dashboard: "/dashboard",
  offline: "/offline",
  updates: "/updates",
  moderation: "/moderation",
  register: "/register",
  delivery: "/delivery",
} as const;

type CampaignSection = keyof typeof SECTIONS;

export const campaignPath = (slug: string, section: CampaignSection = "overview") => `/organizer/campaigns/${slug}${SECTIONS[section]}`;

/**
 * The trail above a campaign's pages: the campaign list, then the campaign itself. `campaignsLabel`
 * names the list in the reader's language (t("organizer.campaignHeader.campaigns")).
 */
export const campaignTrail = (campaign: { slug: string; title: string }, campaignsLabel = "Your campaigns"): Crumb[] => [
  { href: "/organizer", label: campaignsLabel },
  { href: campaignPath(campaign.slug), label: campaign.title },
];

type Props = {
  campaign: { slug: string; title: string };
  section: CampaignSection;
  heading: React.ReactNode;
  /** A page below a section (one update): the section is in the trail, and its tab is marked as the way there. */
  below?: boolean;
};

export function CampaignHeader({ campaign, section, heading, below = false }: Props) {
  const t = useTranslations("organizer.campaignHeader");
  const label = (key: CampaignSection) => t(`sections.${key}.label`);
  const full = (key: CampaignSection) => t(`sections.${key}.full`);
  const more = (key: CampaignSection) => (full(key).startsWith(label(key)) ? full(key).slice(label(key).length) : "");
  const campaignTrailHere = campaignTrail(campaign, t("campaigns"));
  const trail =
    section === "overview" && !below
      ? campaignTrailHere.slice(0, 1)
      : [...campaignTrailHere, ...(below ? [{ href: campaignPath(campaign.slug, section), label: full(section) }] : [])];
  return (
    <>
      <Breadcrumb trail={trail} />
      <h1>{heading}</h1>
      <nav aria-label={t("sectionsLabel")} className="tabs campaign-tabs">
        <ul>
          {(Object.keys(SECTIONS) as CampaignSection[]).map((key) => (
            <li key={key}>
              <Link href={campaignPath(campaign.slug, key)} aria-current={key === section ? (below ? "true" : "page") : undefined}>
                {label(key)}
                {more(key) && <span className="visually-hidden">{more(key)}</span>}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
