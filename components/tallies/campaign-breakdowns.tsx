import { countryName } from "@/lib/signatures/countries";
import { OFFICE_CATEGORIES } from "@/lib/signatures/schema";
import type { Breakdowns } from "@/lib/tallies/breakdowns";
import { BarChart, BreakdownTable, type Bar } from "./bar-chart";
import { DailyChart } from "./daily-chart";

const TOP_COUNTRIES = 10;
const numberFormat = new Intl.NumberFormat("en-GB");

function countryBars(breakdowns: Breakdowns): Bar[] {
  const bars = breakdowns.byCountry.map(({ key, count }) => ({ label: countryName(key), value: count }));
  if (bars.length <= TOP_COUNTRIES) return bars;
  const rest = bars.slice(TOP_COUNTRIES).reduce((sum, bar) => sum + bar.value, 0);
  return [...bars.slice(0, TOP_COUNTRIES), { label: "Other countries", value: rest }];
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
        <p className="muted">Bars: signatures confirmed each day (UTC). Line: the running total.</p>
        <DailyChart days={breakdowns.byDay} />
        <details>
          <summary>Show the numbers for each day</summary>
          <table className="breakdown-table">
            <caption className="visually-hidden">Signatures by day</caption>
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col" className="numeric">
                  Signatures
                </th>
                <th scope="col" className="numeric">
                  Running total
                </th>
              </tr>
            </thead>
            <tbody>
              {breakdowns.byDay.map((day) => (
                <tr key={day.date}>
                  <th scope="row">{day.date}</th>
                  <td className="numeric">{numberFormat.format(day.count)}</td>
                  <td className="numeric">{numberFormat.format(day.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </section>
    </div>
  );
}
