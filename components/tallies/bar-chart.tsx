// A horizontal bar chart in HTML and CSS: no script, no chart library. Its labels and numbers are
// text at the page's size on any screen (a scaled SVG's were 9 pixels high on a phone), and its
// rows follow the reading direction. Hidden from screen readers: every chart sits beside a table
// with the same numbers. In Persian the rows read from the right: the label at the right, the bar
// growing leftwards (CSS grid areas and inline-size follow the page's direction).

import { useLocale, useTranslations } from "next-intl";
import { formatterFor } from "@/lib/i18n/format";

export type Bar = { label: string; value: number };

/** The largest `top` bars and one for the rest, so the chart stays legible; its table lists them all. */
export function topBars(bars: Bar[], top: number, otherLabel: string): Bar[] {
  if (bars.length <= top) return bars;
  const rest = bars.slice(top).reduce((sum, bar) => sum + bar.value, 0);
  return [...bars.slice(0, top), { label: otherLabel, value: rest }];
}

/** `title` names the chart for a pointer's tooltip; the table beside it is what screen readers read. */
export function BarChart({ bars, title }: { bars: Bar[]; title: string }) {
  const format = formatterFor(useLocale());
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  return (
    <div className="bar-chart" title={title} aria-hidden="true">
      {bars.map((bar) => (
        <div className="bar-chart-row" key={bar.label}>
          <span className="bar-chart-label">
            <bdi>{bar.label}</bdi>
          </span>
          <span className="bar-chart-track">
            <span className="bar-chart-bar" style={{ inlineSize: `${bar.value > 0 ? Math.max(0.5, (bar.value / max) * 100) : 0}%` }} />
          </span>
          <span className="bar-chart-value">{format.number(bar.value)}</span>
        </div>
      ))}
    </div>
  );
}

export function BreakdownTable({ caption, rows, keyHeading }: { caption: string; rows: Bar[]; keyHeading: string }) {
  const t = useTranslations("campaign.breakdowns");
  const format = formatterFor(useLocale());
  return (
    <table className="breakdown-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{keyHeading}</th>
          <th scope="col" className="numeric">
            {t("signatures")}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">
              <bdi>{row.label}</bdi>
            </th>
            <td className="numeric">{format.number(row.value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
