import { useLocale, useTranslations } from "next-intl";
import { formatterFor } from "@/lib/i18n/format";
import type { DailyEntry } from "@/lib/tallies/breakdowns";

const DAY_MS = 86_400_000;

/** Every day from the first to the last, those without a signature at 0: the bars keep time's spacing. */
function everyDay(days: DailyEntry[]): DailyEntry[] {
  const counts = new Map(days.map((day) => [day.date, day.count]));
  const first = Date.parse(`${days[0].date}T00:00:00Z`);
  const last = Date.parse(`${days[days.length - 1].date}T00:00:00Z`);
  const filled: DailyEntry[] = [];
  let total = 0;
  for (let time = first; time <= last; time += DAY_MS) {
    const date = new Date(time).toISOString().slice(0, 10);
    const count = counts.get(date) ?? 0;
    total += count;
    filled.push({ date, count, total });
  }
  return filled;
}

/** The smallest of 1, 2, 5 × 10ⁿ at or above `value`, so that the middle of the scale is a whole number too. */
function niceMax(value: number): number {
  const power = 10 ** Math.floor(Math.log10(Math.max(1, value)));
  return [1, 2, 5, 10].map((step) => step * power).find((candidate) => candidate >= value) ?? 10 * power;
}

/** Three marks of a scale, top first: its maximum, its middle when that is a whole number, and 0. */
const ticks = (max: number) => (max % 2 === 0 ? [max, max / 2, 0] : [max, 0]);

// The plot is drawn in a box 600 wide and 100 high, stretched to the plot's size: bars keep a
// width in proportion, lines keep their thickness (non-scaling-stroke).
const WIDTH = 600;
const HEIGHT = 100;
const BAR_MAX = 24;

/**
 * Signatures per day as bars and the running total as a line, on two labelled scales, drawn on
 * the server. The numbers and dates are HTML text around the drawing, so they stay legible on a
 * phone, where a scaled SVG's text was 7 pixels high. Screen readers skip the chart: every caller
 * gives the same numbers as a table (DailyTable). One day of data is a sentence, not a chart: a
 * lone bar with the same date at both ends said nothing a number does not say better.
 *
 * Right to left (Persian), time runs from the right: the grid's columns follow the page's
 * direction (the daily scale at the right, the total's at the left, the first date at the right)
 * and app/styles/content.css mirrors the drawing (.daily-chart-plot:dir(rtl)).
 */
export function DailyChart({ days }: { days: DailyEntry[] }) {
  const t = useTranslations("campaign.daily");
  const format = formatterFor(useLocale());
  if (days.length === 0) return null;
  if (days.length === 1) {
    const [day] = days;
    return (
      <p className="daily-single">
        {t.rich("single", {
          count: day.count,
          total: format.number(day.count),
          date: format.date(day.date, "long"),
          num: (chunks) => <span className="count">{chunks}</span>,
        })}
      </p>
    );
  }
  const filled = everyDay(days);
  const maxDaily = niceMax(Math.max(...filled.map((day) => day.count)));
  const maxTotal = niceMax(filled[filled.length - 1].total);
  const barWidth = Math.min(BAR_MAX, (WIDTH / filled.length) * 0.7);
  // The first bar starts at the plot's start and the last ends at its end, under their dates.
  const gap = (WIDTH - barWidth) / (filled.length - 1);
  const x = (i: number) => i * gap;
  const line = filled.map((day, i) => `${x(i) + barWidth / 2},${HEIGHT - (day.total / maxTotal) * HEIGHT}`).join(" ");

  return (
    <div className="daily-chart" aria-hidden="true">
      <ul className="daily-chart-legend">
        <li>
          <span className="daily-chart-key daily-chart-key-bar" /> {t("legendDaily")}
        </li>
        <li>
          <span className="daily-chart-key daily-chart-key-line" /> {t("legendTotal")}
        </li>
      </ul>
      <span className="daily-chart-title daily-chart-title-daily">{t("perDay")}</span>
      <span className="daily-chart-title daily-chart-title-total">{t("total")}</span>
      <div className="daily-chart-scale daily-chart-scale-daily">
        {ticks(maxDaily).map((tick) => (
          <span key={tick} style={{ insetBlockStart: `${100 - (tick / maxDaily) * 100}%` }}>
            {format.number(tick)}
          </span>
        ))}
      </div>
      <svg className="daily-chart-plot" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
        {[0, 0.5, 1].map((share) => (
          <line
            key={share}
            x1={0}
            x2={WIDTH}
            y1={HEIGHT * share}
            y2={HEIGHT * share}
            className={share === 1 ? "daily-chart-axis" : "daily-chart-grid"}
            vectorEffect="non-scaling-stroke"
          />
        ))}
        {filled.map((day, i) => {
          const height = (day.count / maxDaily) * HEIGHT;
          return <rect key={day.date} x={x(i)} y={HEIGHT - height} width={barWidth} height={height} className="daily-chart-bar" />;
        })}
        <polyline points={line} className="daily-chart-line" vectorEffect="non-scaling-stroke" />
      </svg>
      <div className="daily-chart-scale daily-chart-scale-total">
        {ticks(maxTotal).map((tick) => (
          <span key={tick} style={{ insetBlockStart: `${100 - (tick / maxTotal) * 100}%` }}>
            {format.number(tick)}
          </span>
        ))}
      </div>
      <p className="daily-chart-dates">
        <span>{format.date(filled[0].date, "long")}</span>
        <span>{format.date(filled[filled.length - 1].date, "long")}</span>
      </p>
    </div>
  );
}

/** The chart's numbers, day by day: what screen readers read in its place. */
export function DailyTable({ days, caption, testId }: { days: DailyEntry[]; caption: string; testId?: string }) {
  const t = useTranslations("campaign.daily");
  const format = formatterFor(useLocale());
  return (
    <table className="breakdown-table" data-testid={testId}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("day")}</th>
          <th scope="col" className="numeric">
            {t("signatures")}
          </th>
          <th scope="col" className="numeric">
            {t("runningTotal")}
          </th>
        </tr>
      </thead>
      <tbody>
        {days.map((day) => (
          <tr key={day.date}>
            <th scope="row">
              {/* The ISO day, as in the CSV exports; it reads left to right on a Persian page too. */}
              <time dateTime={day.date} dir="ltr">
                {day.date}
              </time>
            </th>
            <td className="numeric">{format.number(day.count)}</td>
            <td className="numeric">{format.number(day.total)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
