import { getLocale, getTranslations } from "next-intl/server";
import { BarChart, BreakdownTable, topBars, type Bar } from "@/components/tallies/bar-chart";
import { DailyChart, DailyTable } from "@/components/tallies/daily-chart";
import { MapFigure } from "@/components/maps/map-figure";
import { formatterFor } from "@/lib/i18n/format";
import { mapScale } from "@/lib/maps/color-scale";
import { cachedMapSvg, type MapKind } from "@/lib/maps/map-cache";
import { mapSize } from "@/lib/maps/map-size";
import type { Breakdowns, BreakdownEntry } from "@/lib/tallies/breakdowns";

const CHART_BARS = 10;

const bars = (entries: BreakdownEntry[], label: (key: string) => string): Bar[] =>
  entries.map(({ key, count }) => ({ label: label(key), value: count }));

type MapOf = { campaignId: string; kind: MapKind; entries: BreakdownEntry[]; locale: string };

/**
 * The map drawn into the page as a data: URI: the dashboard is rendered per request for the team,
 * drafts and closed campaigns included, which the public map API does not serve.
 */
function DashboardMap({ campaignId, kind, entries, locale }: MapOf) {
  const svg = cachedMapSvg(campaignId, kind, entries, { locale, framed: false });
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
  return <MapFigure kind={kind} src={src} classes={mapScale(entries)} {...mapSize(kind)} />;
}

function Breakdown({
  id,
  title,
  keyHeading,
  rows,
  otherLabel,
  empty,
  map,
}: {
  id: string;
  title: string;
  keyHeading: string;
  rows: Bar[];
  otherLabel: string;
  empty: string;
  map?: MapOf;
}) {
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {map && (rows.length > 0 || map.kind === "france") && <DashboardMap {...map} />}
      {rows.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <div className="chart-with-table">
          <BarChart bars={topBars(rows, CHART_BARS, otherLabel)} title={title} />
          <BreakdownTable caption={title} keyHeading={keyHeading} rows={rows} />
        </div>
      )}
    </section>
  );
}

type Props = {
  campaignId: string;
  breakdowns: Breakdowns;
  kind: "petition" | "declaration";
};

/**
 * Confirmed online signatures over time, by country (with the world map), by office, département
 * (with the map of France) and region for declarations (French officials' communes, issue #14), by
 * source and by language.
 */
export async function DashboardBreakdowns({ campaignId, breakdowns, kind }: Props) {
  const t = await getTranslations("editor.dashboard.breakdowns");
  // Offices are named in the public campaign pages' catalog, which the sign form also uses.
  const root = await getTranslations();
  const locale = await getLocale();
  const office = (key: string) => (root.has(`campaign.offices.${key}`) ? root(`campaign.offices.${key}`) : key);
  const empty = t("empty");
  return (
    <div className="breakdowns">
      <section aria-labelledby="dashboard-over-time">
        <h3 id="dashboard-over-time">{t("overTime")}</h3>
        {breakdowns.byDay.length === 0 ? (
          <p className="muted">{empty}</p>
        ) : (
          <>
            <DailyChart days={breakdowns.byDay} />
            <DailyTable days={breakdowns.byDay} caption={t("byDayCaption")} testId="dashboard-by-day" />
          </>
        )}
      </section>
      <Breakdown
        id="dashboard-by-country"
        title={t("byCountry")}
        keyHeading={t("country")}
        otherLabel={t("otherCountries")}
        empty={empty}
        rows={bars(breakdowns.byCountry, (key) => formatterFor(locale).country(key))}
        map={{ campaignId, kind: "world", entries: breakdowns.byCountry, locale }}
      />
      {kind === "declaration" && (
        <Breakdown
          id="dashboard-by-office"
          title={t("byOffice")}
          keyHeading={t("office")}
          otherLabel={t("otherOffices")}
          empty={empty}
          rows={bars(breakdowns.byOffice, office)}
        />
      )}
      {kind === "declaration" && (
        <>
          <Breakdown
            id="dashboard-by-departement"
            title={t("byDepartement")}
            keyHeading={t("departement")}
            otherLabel={t("otherDepartements")}
            empty={empty}
            rows={breakdowns.byDepartement.map(({ key, name, count }) => ({ label: `${key} – ${name}`, value: count }))}
            map={{ campaignId, kind: "france", entries: breakdowns.byDepartement, locale }}
          />
          <Breakdown
            id="dashboard-by-region"
            title={t("byRegion")}
            keyHeading={t("region")}
            otherLabel={t("otherRegions")}
            empty={empty}
            rows={breakdowns.byRegion.map(({ name, count }) => ({ label: name, value: count }))}
          />
        </>
      )}
      <Breakdown
        id="dashboard-by-source"
        title={t("bySource")}
        keyHeading={t("source")}
        otherLabel={t("otherSources")}
        empty={empty}
        rows={bars(breakdowns.bySource, (key) => (key === "direct" ? t("direct") : key))}
      />
      <Breakdown
        id="dashboard-by-language"
        title={t("byLanguage")}
        keyHeading={t("language")}
        otherLabel={t("otherLanguages")}
        empty={empty}
        rows={bars(breakdowns.byLanguage, (key) => formatterFor(locale).language(key))}
      />
    </div>
  );
}
