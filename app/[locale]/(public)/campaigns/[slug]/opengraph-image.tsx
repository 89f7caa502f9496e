import { ImageResponse } from "next/og";
import { getLocalizedCampaignBySlug } from "@/lib/campaigns/queries";
import { shareImageFonts } from "@/lib/campaigns/share-image-font";
import { drawRtlShareImage } from "@/lib/campaigns/share-image-rtl";
import { signingState } from "@/lib/campaigns/status";
import { formatterFor } from "@/lib/i18n/format";
import { contentAttributes, directionOf, isLocale, type Locale } from "@/lib/i18n/routing";
import { translatorFor } from "@/lib/i18n/translator";

// The preview shown when a campaign link is shared. It carries the count, so it is redrawn at most
// once a minute per campaign: crawlers fetch it in bursts when a link spreads, and each drawing
// costs tens of milliseconds of CPU.
export const revalidate = 60;

// Drawn on first request, never at build time (there is no database then).
export function generateStaticParams() {
  return [];
}

/** A root translator with plain string keys (catalog keys built from data are not literal types). */
type Translate = (key: string, values?: Record<string, string | number | Date>) => string;

export const alt = (translatorFor("en") as unknown as Translate)("campaign.image.alt");
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

// Shared caches may keep it as long as the server does; browsers ask again each time.
const CACHE_CONTROL = "public, max-age=0, s-maxage=60, stale-while-revalidate=300";

const COLORS = { brand: "#1d3f6e", accent: "#5694ca", text: "#0b0c0c", muted: "#505a5f", success: "#00703c", track: "#dfe1e2" };

export default async function Image({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  // Drawn in the page's language: by next/og left to right, by resvg right to left
  // (lib/campaigns/share-image-rtl.ts), since next/og cannot lay Persian out.
  const language: Locale = isLocale(locale) ? locale : "en";
  const t = translatorFor(language) as unknown as Translate;
  const format = formatterFor(language);
  const campaign = await getLocalizedCampaignBySlug(slug, language);
  // Not notFound(): that 404 would be cached for a year, and a draft's slug can open later.
  if (!campaign) return new Response(t("campaign.image.notFound"), { status: 404, headers: { "Cache-Control": "no-store" } });

  const { total } = campaign.tally;
  const percent = campaign.goal > 0 ? Math.min(100, (total / campaign.goal) * 100) : 0;
  const title = campaign.title.length > 150 ? `${campaign.title.slice(0, 147).trimEnd()}…` : campaign.title;
  const titleSize = title.length > 100 ? 46 : title.length > 60 ? 56 : 66;
  const header = t("campaign.image.header", {
    kind: t(`campaign.image.kinds.${campaign.kind}`),
    state: t(`campaign.image.states.${signingState(campaign)}`),
  });
  const ofGoal = t("campaign.image.ofGoal", { count: total, goal: format.number(campaign.goal) });
  if (directionOf(language) === "rtl") {
    const png = drawRtlShareImage({
      siteName: t("common.siteName"),
      header,
      title,
      titleDirection: contentAttributes(campaign.language, language).dir ?? "rtl",
      count: format.number(total),
      ofGoal,
      percent,
    });
    return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png", "Cache-Control": CACHE_CONTROL } });
  }
  const fonts = await shareImageFonts();
  // Geist has no narrow no-break space (French digit groups, "10 000"): a no-break space instead.
  const drawable = (text: string) => text.replaceAll("\u202F", "\u00A0");

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
        <span>{t("common.siteName")}</span>
        <span style={{ fontSize: 28 }}>{drawable(header)}</span>
      </div>
      <div style={{ display: "flex", flexDirection: "column", justifyContent: "space-between", flexGrow: 1, padding: "48px 64px 56px" }}>
        <div style={{ display: "flex", fontSize: titleSize, lineHeight: 1.15 }}>{title}</div>
        <div style={{ display: "flex", flexDirection: "column" }}>
          <div style={{ display: "flex", alignItems: "baseline" }}>
            <span style={{ fontSize: 88, color: COLORS.success, lineHeight: 1 }}>{drawable(format.number(total))}</span>
            <span style={{ fontSize: 36, color: COLORS.muted, marginLeft: 20 }}>{drawable(ofGoal)}</span>
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
      headers: { "Cache-Control": CACHE_CONTROL },
    },
  );
}
