import { useLocale, useTranslations } from "next-intl";
import { type Formatter, formatterFor } from "@/lib/i18n/format";
import { OFFICE_CATEGORIES } from "@/lib/signatory-list/offices";
import { mapScale } from "@/lib/maps/color-scale";
import { countsVersion } from "@/lib/maps/counts-version";
import type { MapKind } from "@/lib/maps/map-cache";
import { mapSize } from "@/lib/maps/map-size";
import type { BreakdownEntry, Breakdowns } from "@/lib/tallies/breakdowns";
import { MapFigure } from "@/components/maps/map-figure";
import { BarChart, BreakdownTable, topBars, type Bar } from "./bar-chart";
import { DailyChart, DailyTable } from "./daily-chart";

const TOP_COUNTRIES = 10;
const TOP_DEPARTEMENTS = 10;

type Translate = ReturnType<typeof useTranslations<"campaign">>;

function countryBars(breakdowns: Breakdowns, t: Translate, format: Formatter): Bar[] {
  const bars = breakdowns.byCountry.map(({ key, count }) => ({ label: format.country(key), value: count }));
  return topBars(bars, TOP_COUNTRIES, t("breakdowns.otherCountries"));
}

function categoryBars(breakdowns: Breakdowns, t: Translate): Bar[] {
  const byOffice = new Map(breakdowns.byOffice.map(({ key, count }) => [key, count]));
  return (Object.keys(OFFICE_CATEGORIES) as (keyof typeof OFFICE_CATEGORIES)[]).map((category) => ({
    label: t(`officeCategories.${category}`),
    value: OFFICE_CATEGORIES[category].offices.reduce((sum: number, office: string) => sum + (byOffice.get(office) ?? 0), 0),
  }));
}

// Départements and regions keep their official French names in every language (proper nouns, as
// on a map); their codes tell the numbered départements apart: "93 – Seine-Saint-Denis".
function departementBars(breakdowns: Breakdowns, t: Translate): Bar[] {
  const bars = breakdowns.byDepartement.map(({ key, name, count }) => ({ label: `${key} – ${name}`, value: count }));
  return topBars(bars, TOP_DEPARTEMENTS, t("breakdowns.otherDepartements"));
}

/**
 * A map of these counts as an image from the public API, its address versioned by the counts so
 * that a browser fetches it again only when they change (app/api/v1/campaigns/[slug]/maps/).
 */
function CampaignMap({ slug, kind, entries, locale }: { slug: string; kind: MapKind; entries: BreakdownEntry[]; locale: string }) {
  const query = new URLSearchParams({ locale, framed: "0", v: countsVersion(entries) });
  const src = `/api/v1/campaigns/${encodeURIComponent(slug)}/maps/${kind}.svg?${query}`;
  return <MapFigure kind={kind} src={src} classes={mapScale(entries)} {...mapSize(kind)} />;
}

type Props = { breakdowns: Breakdowns; kind: "petition" | "declaration"; slug: string };

/**
 * Who signed, from the sharded breakdown counters: by country (with a world map for petitions), by
 * office category, by département (with the map of France) and region for declarations, by day.
 */
export function CampaignBreakdowns({ breakdowns, kind, slug }: Props) {
  const t = useTranslations("campaign");
  const locale = useLocale();
  const format = formatterFor(locale);
  if (breakdowns.byDay.length === 0) {
    return <p className="muted">{t("breakdowns.empty")}</p>;
  }
  const countries = countryBars(breakdowns, t, format);
  const categories = kind === "declaration" ? categoryBars(breakdowns, t) : [];
  const departements = departementBars(breakdowns, t);
  const regions = breakdowns.byRegion.map(({ name, count }) => ({ label: name, value: count }));
  return (
    <div className="breakdowns">
      <p className="muted">{t("breakdowns.intro")}</p>
      {countries.length > 0 && (
        <section aria-labelledby="by-country">
          <h3 id="by-country">{t("breakdowns.byCountry")}</h3>
          {kind === "petition" && <CampaignMap slug={slug} kind="world" entries={breakdowns.byCountry} locale={locale} />}
          <div className="chart-with-table">
            <BarChart bars={countries} title={t("breakdowns.byCountryCaption")} />
            <BreakdownTable caption={t("breakdowns.byCountryCaption")} keyHeading={t("breakdowns.country")} rows={countries} />
          </div>
        </section>
      )}
      {kind === "declaration" && (
        <section aria-labelledby="by-category">
          <h3 id="by-category">{t("breakdowns.byOffice")}</h3>
          <div className="chart-with-table">
            <BarChart bars={categories} title={t("breakdowns.byOfficeCaption")} />
            <BreakdownTable caption={t("breakdowns.byOfficeCaption")} keyHeading={t("breakdowns.office")} rows={categories} />
          </div>
        </section>
      )}
      {kind === "declaration" && (
        <section aria-labelledby="by-departement">
          <h3 id="by-departement">{t("breakdowns.byDepartement")}</h3>
          <CampaignMap slug={slug} kind="france" entries={breakdowns.byDepartement} locale={locale} />
          {departements.length > 0 ? (
            <div className="chart-with-table">
              <BarChart bars={departements} title={t("breakdowns.byDepartementCaption")} />
              <BreakdownTable caption={t("breakdowns.byDepartementCaption")} keyHeading={t("breakdowns.departement")} rows={departements} />
            </div>
          ) : (
            <p className="muted">{t("breakdowns.noDepartements")}</p>
          )}
        </section>
      )}
      {regions.length > 0 && (
        <section aria-labelledby="by-region">
          <h3 id="by-region">{t("breakdowns.byRegion")}</h3>
          <div className="chart-with-table">
            <BarChart bars={regions} title={t("breakdowns.byRegionCaption")} />
            <BreakdownTable caption={t("breakdowns.byRegionCaption")} keyHeading={t("breakdowns.region")} rows={regions} />
          </div>
        </section>
      )}
      <section aria-labelledby="over-time">
        <h3 id="over-time">{t("breakdowns.overTime")}</h3>
        <DailyChart days={breakdowns.byDay} />
        <details>
          <summary>{t("breakdowns.showDays")}</summary>
          <DailyTable days={breakdowns.byDay} caption={t("breakdowns.byDayCaption")} />
        </details>
      </section>
    </div>
  );
}
