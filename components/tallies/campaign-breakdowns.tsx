import { countryName } from "@/lib/signing/countries";
import { OFFICE_CATEGORIES } from "@/lib/signatory-list/offices";
import type { Breakdowns } from "@/lib/tallies/breakdowns";
import { BarChart, BreakdownTable, topBars, type Bar } from "./bar-chart";
import { DailyChart, DailyTable } from "./daily-chart";

const TOP_COUNTRIES = 10;

function countryBars(breakdowns: Breakdowns): Bar[] {
  const bars = breakdowns.byCountry.map(({ key, count }) => ({ label: countryName(key), value: count }));
  return topBars(bars, TOP_COUNTRIES, "Other countries");
}

function categoryBars(breakdowns: Breakdowns): Bar[] {
  const byOffice = new Map(breakdowns.byOffice.map(({ key, count }) => [key, count]));
  return Object.values(OFFICE_CATEGORIES).map((category) => ({
    label: category.label,
    value: category.offices.reduce((sum, office) => sum + (byOffice.get(office) ?? 0), 0),
  }));
}

/** Who signed, from the sharded breakdown counters: by country, by office category, by day. */
export function CampaignBreakdowns({ breakdowns, kind }: { breakdowns: Breakdowns; kind: "petition" | "declaration" }) {
  if (breakdowns.byDay.length === 0) {
    return <p className="muted">Breakdowns appear here once the first online signatures are confirmed.</p>;
  }
  const countries = countryBars(breakdowns);
  return (
    <div className="breakdowns">
      <p className="muted">Confirmed online signatures. Documented offline signatures are counted apart.</p>
      {countries.length > 0 && (
        <section aria-labelledby="by-country">
          <h3 id="by-country">By country</h3>
          <div className="chart-with-table">
            <BarChart bars={countries} title="Signatures by country" />
            <BreakdownTable caption="Signatures by country" keyHeading="Country" rows={countries} />
          </div>
        </section>
      )}
      {kind === "declaration" && (
        <section aria-labelledby="by-category">
          <h3 id="by-category">By office</h3>
          <div className="chart-with-table">
            <BarChart bars={categoryBars(breakdowns)} title="Signatures by office" />
            <BreakdownTable caption="Signatures by office" keyHeading="Office" rows={categoryBars(breakdowns)} />
          </div>
        </section>
      )}
      <section aria-labelledby="over-time">
        <h3 id="over-time">Over time</h3>
        <DailyChart days={breakdowns.byDay} />
        <details>
          <summary>Show the numbers for each day</summary>
          <DailyTable days={breakdowns.byDay} caption="Signatures by day" />
        </details>
      </section>
    </div>
  );
}
