import { BarChart, BreakdownTable, topBars, type Bar } from "@/components/tallies/bar-chart";
import { DailyChart, DailyTable } from "@/components/tallies/daily-chart";
import { countryName } from "@/lib/signing/countries";
import { OFFICES, type Office } from "@/lib/signatory-list/offices";
import type { Breakdowns, BreakdownEntry } from "@/lib/tallies/breakdowns";

const CHART_BARS = 10;

const bars = (entries: BreakdownEntry[], label: (key: string) => string): Bar[] =>
  entries.map(({ key, count }) => ({ label: label(key), value: count }));

function Breakdown({ id, title, keyHeading, rows, otherLabel }: { id: string; title: string; keyHeading: string; rows: Bar[]; otherLabel: string }) {
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {rows.length === 0 ? (
        <p className="muted">Nothing to show yet.</p>
      ) : (
        <div className="chart-with-table">
          <BarChart bars={topBars(rows, CHART_BARS, otherLabel)} title={title} />
          <BreakdownTable caption={title} keyHeading={keyHeading} rows={rows} />
        </div>
      )}
    </section>
  );
}

/** Confirmed online signatures over time, by country, by office (declarations) and by source. */
export function DashboardBreakdowns({ breakdowns, kind }: { breakdowns: Breakdowns; kind: "petition" | "declaration" }) {
  return (
    <div className="breakdowns">
      <section aria-labelledby="dashboard-over-time">
        <h3 id="dashboard-over-time">Signatures over time</h3>
        {breakdowns.byDay.length === 0 ? (
          <p className="muted">Nothing to show yet.</p>
        ) : (
          <>
            <DailyChart days={breakdowns.byDay} />
            <DailyTable days={breakdowns.byDay} caption="Confirmed signatures by day" testId="dashboard-by-day" />
          </>
        )}
      </section>
      <Breakdown
        id="dashboard-by-country"
        title="By country"
        keyHeading="Country"
        otherLabel="Other countries"
        rows={bars(breakdowns.byCountry, (key) => countryName(key))}
      />
      {kind === "declaration" && (
        <Breakdown
          id="dashboard-by-office"
          title="By office"
          keyHeading="Office"
          otherLabel="Other offices"
          rows={bars(breakdowns.byOffice, (key) => OFFICES[key as Office] ?? key)}
        />
      )}
      <Breakdown
        id="dashboard-by-source"
        title="By source (utm_source, else the referring site)"
        keyHeading="Source"
        otherLabel="Other sources"
        rows={bars(breakdowns.bySource, (key) => (key === "direct" ? "Direct (no tag, no referring site)" : key))}
      />
    </div>
  );
}
