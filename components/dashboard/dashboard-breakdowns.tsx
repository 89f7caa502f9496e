import { getLocale, getTranslations } from "next-intl/server";
import { BarChart, BreakdownTable, topBars, type Bar } from "@/components/tallies/bar-chart";
import { DailyChart, DailyTable } from "@/components/tallies/daily-chart";
import { formatterFor } from "@/lib/i18n/format";
import type { Breakdowns, BreakdownEntry } from "@/lib/tallies/breakdowns";

const CHART_BARS = 10;

const bars = (entries: BreakdownEntry[], label: (key: string) => string): Bar[] =>
  entries.map(({ key, count }) => ({ label: label(key), value: count }));

function Breakdown({
  id,
  title,
  keyHeading,
  rows,
  otherLabel,
  empty,
}: {
  id: string;
  title: string;
  keyHeading: string;
  rows: Bar[];
  otherLabel: string;
  empty: string;
}) {
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
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

/**
 * Confirmed online signatures over time, by country, by office, département and region
 * (declarations: French officials' communes, issue #14), by source and by language.
 */
export async function DashboardBreakdowns({ breakdowns, kind }: { breakdowns: Breakdowns; kind: "petition" | "declaration" }) {
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
