import { useLocale, useTranslations } from "next-intl";
import { formatterFor } from "@/lib/i18n/format";
import type { MapClass } from "@/lib/maps/color-scale";
import { ZERO_FILL } from "@/lib/maps/color-scale";

// A map of the breakdowns (issue #14): the SVG drawn on the server, shown as an image, with its
// legend and attribution in HTML beside it, where they keep the page's text size on a phone (the
// SVG's own text would shrink with it) and follow the reading direction. The image's alternative
// text names the map and says the table beside it holds the numbers; the table is what screen
// readers read.

type Props = {
  kind: "world" | "france";
  /** The image's address, or a data: URI of the SVG. */
  src: string;
  width: number;
  height: number;
  classes: readonly MapClass[];
};

export function MapFigure({ kind, src, width, height, classes }: Props) {
  const t = useTranslations("campaign.maps");
  const format = formatterFor(useLocale());
  const labels = [
    { fill: ZERO_FILL, label: t("legendNone") },
    ...classes.map((c) => ({ fill: c.fill, label: c.from === c.to ? format.number(c.from) : t("legendRange", { from: c.from, to: c.to }) })),
  ];
  return (
    <figure className="map-figure" data-testid={`map-${kind}`}>
      {/* biome-ignore lint/performance/noImgElement: an SVG drawn by the server and cached by its counts' version; next/image has nothing to optimise */}
      <img src={src} alt={t(kind === "world" ? "worldName" : "franceName")} width={width} height={height} loading="lazy" decoding="async" />
      <figcaption>
        <p className="map-legend-heading">{t("legendHeading")}</p>
        <ul className="map-legend">
          {labels.map(({ fill, label }) => (
            <li key={label}>
              <span className="map-swatch" style={{ background: fill }} aria-hidden="true" />
              {label}
            </li>
          ))}
        </ul>
        <p className="map-attribution muted">{t(kind === "world" ? "worldAttribution" : "franceAttribution")}</p>
      </figcaption>
    </figure>
  );
}
