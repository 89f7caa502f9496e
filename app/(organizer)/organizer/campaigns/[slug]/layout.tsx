import Link from "next/link";

// The campaign's organizer sections. Navigation only: each page loads its own data and checks the
// caller's access itself (a campaign the caller may not see answers 404 on every page).

const SECTIONS = [
  ["", "Overview"],
  ["/edit", "Settings and status"],
  ["/dashboard", "Dashboard"],
  ["/offline", "Offline signatures"],
  ["/updates", "Updates to signers"],
  ["/moderation", "Moderation"],
] as const;

export default async function CampaignSectionsLayout({ params, children }: { params: Promise<{ slug: string }>; children: React.ReactNode }) {
  const { slug } = await params;
  const base = `/organizer/campaigns/${encodeURIComponent(slug)}`;
  return (
    <>
      <nav aria-label="Campaign sections" className="section-nav">
        <ul>
          {SECTIONS.map(([path, label]) => (
            <li key={path}>
              <Link href={`${base}${path}`}>{label}</Link>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </>
  );
}
