import Link from "next/link";
import { Breadcrumb, type Crumb } from "./breadcrumb";

// The top of every organizer page of one campaign, in the order every organizer page follows
// (issue #11): the breadcrumb, the h1, then the campaign's sections as tabs, the current one marked.
// The page says which section it is, so the tabs need no JavaScript to know where they are.

// Each tab shows a short label, so the six fit one line on a laptop; its accessible name is the
// section's whole name, which starts with the label (WCAG 2.5.3).
const SECTIONS = {
  overview: ["", "Overview", ""],
  edit: ["/edit", "Settings", " and status"],
  dashboard: ["/dashboard", "Dashboard", ""],
  offline: ["/offline", "Offline", " signatures"],
  updates: ["/updates", "Updates", " to signers"],
  moderation: ["/moderation", "Moderation", ""],
} as const;

type CampaignSection = keyof typeof SECTIONS;

export const campaignPath = (slug: string, section: CampaignSection = "overview") => `/organizer/campaigns/${slug}${SECTIONS[section][0]}`;

/** The trail above a campaign's pages: the campaign list, then the campaign itself. */
export const campaignTrail = (campaign: { slug: string; title: string }): Crumb[] => [
  { href: "/organizer", label: "Your campaigns" },
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
  const trail =
    section === "overview" && !below
      ? campaignTrail(campaign).slice(0, 1)
      : [
          ...campaignTrail(campaign),
          ...(below ? [{ href: campaignPath(campaign.slug, section), label: `${SECTIONS[section][1]}${SECTIONS[section][2]}` }] : []),
        ];
  return (
    <>
      <Breadcrumb trail={trail} />
      <h1>{heading}</h1>
      <nav aria-label="Campaign sections" className="tabs campaign-tabs">
        <ul>
          {(Object.keys(SECTIONS) as CampaignSection[]).map((key) => (
            <li key={key}>
              <Link href={campaignPath(campaign.slug, key)} aria-current={key === section ? (below ? "true" : "page") : undefined}>
                {SECTIONS[key][1]}
                {SECTIONS[key][2] && <span className="visually-hidden">{SECTIONS[key][2]}</span>}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
