import { useLocale, useTranslations } from "next-intl";
import { type Formatter, formatterFor } from "@/lib/i18n/format";
import { OFFICE_CATEGORIES } from "@/lib/signatory-list/offices";
import type { Breakdowns } from "@/lib/tallies/breakdowns";
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

/** Who signed, from the sharded breakdown counters: by country, by office category, by département and region, by day. */
export function CampaignBreakdowns({ breakdowns, kind }: { breakdowns: Breakdowns; kind: "petition" | "declaration" }) {
  const t = useTranslations("campaign");
  const format = formatterFor(useLocale());
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
      {departements.length > 0 && (
        <section aria-labelledby="by-departement">
          <h3 id="by-departement">{t("breakdowns.byDepartement")}</h3>
          <div className="chart-with-table">
            <BarChart bars={departements} title={t("breakdowns.byDepartementCaption")} />
            <BreakdownTable caption={t("breakdowns.byDepartementCaption")} keyHeading={t("breakdowns.departement")} rows={departements} />
          </div>
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
