import { ImageResponse } from "next/og";
import { getPublicCampaignBySlug } from "@/lib/campaigns/queries";
import { shareImageFonts } from "@/lib/campaigns/share-image-font";
import { signingState } from "@/lib/campaigns/status";

// The preview shown when a campaign link is shared. It carries the count, so it is redrawn at most
// once a minute per campaign: crawlers fetch it in bursts when a link spreads, and each drawing
// costs tens of milliseconds of CPU.
export const revalidate = 60;

// Drawn on first request, never at build time (there is no database then).
export function generateStaticParams() {
  return [];
}

export const alt = "The campaign's title and its number of signatures";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

const numberFormat = new Intl.NumberFormat("en-GB");

const COLORS = { brand: "#1d3f6e", accent: "#5694ca", text: "#0b0c0c", muted: "#505a5f", success: "#00703c", track: "#dfe1e2" };

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const campaign = await getPublicCampaignBySlug((await params).slug);
  // Not notFound(): that 404 would be cached for a year, and a draft's slug can open later.
  if (!campaign) return new Response("No campaign has this address.", { status: 404, headers: { "Cache-Control": "no-store" } });

  const { total } = campaign.tally;
  const percent = campaign.goal > 0 ? Math.min(100, (total / campaign.goal) * 100) : 0;
  const title = campaign.title.length > 150 ? `${campaign.title.slice(0, 147).trimEnd()}…` : campaign.title;
  const titleSize = title.length > 100 ? 46 : title.length > 60 ? 56 : 66;
  const kind = campaign.kind === "declaration" ? "Declaration" : "Petition";
  const fonts = await shareImageFonts();

  return new ImageResponse(
    <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", background: "#fff", color: COLORS.text }}>
      <div
        style={{
          display: "flex",
          alignItems: "center",
          justifyContent: "space-between",
          background: COLORS.brand,
          color: "#fff",
          borderBottom: `12px solid ${COLORS.accent}`,
          padding: "28px 64px",
          fontSize: 34,
        }}
      >
        <span>Petitions</span>
        <span
          style={{ fontSize: 28 }}
        >{`${kind} · ${{ open: "open for signatures", upcoming: "opening soon", closed: "closed" }[signingState(campaign)]}`}</span>
      </div>
      <div style={{ display: "flex", flexDirection: "column", justifyContent: "space-between", flexGrow: 1, padding: "48px 64px 56px" }}>
        <div style={{ display: "flex", fontSize: titleSize, lineHeight: 1.15 }}>{title}</div>
        <div style={{ display: "flex", flexDirection: "column" }}>
          <div style={{ display: "flex", alignItems: "baseline" }}>
            <span style={{ fontSize: 88, color: COLORS.success, lineHeight: 1 }}>{numberFormat.format(total)}</span>
            <span style={{ fontSize: 36, color: COLORS.muted, marginLeft: 20 }}>
              {`${total === 1 ? "signature" : "signatures"} of a goal of ${numberFormat.format(campaign.goal)}`}
            </span>
          </div>
          <div style={{ display: "flex", height: 24, marginTop: 24, background: COLORS.track }}>
            <div style={{ display: "flex", width: `${percent}%`, background: COLORS.success }} />
          </div>
        </div>
      </div>
    </div>,
    {
      ...size,
      // Even spaces between words: see lib/campaigns/share-image-font.ts.
      ...(fonts && { fonts }),
      // Shared caches may keep it as long as the server does; browsers ask again each time.
      headers: { "Cache-Control": "public, max-age=0, s-maxage=60, stale-while-revalidate=300" },
    },
  );
}
