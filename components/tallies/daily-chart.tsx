import type { DailyEntry } from "@/lib/tallies/breakdowns";

const numberFormat = new Intl.NumberFormat("en-GB");

// Signatures per day as bars, and the running total as a line, in one server-rendered SVG.
// Screen readers get the table that follows it.
export function DailyChart({ days }: { days: DailyEntry[] }) {
  const width = 600;
  const height = 180;
  const pad = { top: 10, right: 50, bottom: 24, left: 40 };
  const innerWidth = width - pad.left - pad.right;
  const innerHeight = height - pad.top - pad.bottom;
  const maxDaily = Math.max(1, ...days.map((day) => day.count));
  const maxTotal = Math.max(1, days.at(-1)?.total ?? 1);
  const step = innerWidth / Math.max(1, days.length);
  const barWidth = Math.min(24, Math.max(1, step * 0.7));
  const line = days.map((day, i) => `${pad.left + i * step + step / 2},${pad.top + innerHeight - (day.total / maxTotal) * innerHeight}`).join(" ");
  return (
    <svg className="chart" viewBox={`0 0 ${width} ${height}`} width="100%" aria-hidden="true" focusable="false">
      {days.map((day, i) => {
        const barHeight = (day.count / maxDaily) * innerHeight;
        return (
          <rect
            key={day.date}
            x={pad.left + i * step + (step - barWidth) / 2}
            y={pad.top + innerHeight - barHeight}
            width={barWidth}
            height={barHeight}
            fill="#5694ca"
          />
        );
      })}
      <polyline points={line} fill="none" stroke="#0b0c0c" strokeWidth="2" />
      <line x1={pad.left} x2={width - pad.right} y1={pad.top + innerHeight} y2={pad.top + innerHeight} stroke="#505a5f" />
      <text x={pad.left - 6} y={pad.top + 10} textAnchor="end" fontSize="12" fill="#1d70b8">
        {numberFormat.format(maxDaily)}
      </text>
      <text x={width - pad.right + 6} y={pad.top + 10} fontSize="12" fill="#0b0c0c">
        {numberFormat.format(maxTotal)}
      </text>
      {days.length > 0 && (
        <>
          <text x={pad.left} y={height - 6} fontSize="12" fill="#505a5f">
            {days[0].date}
          </text>
          <text x={width - pad.right} y={height - 6} textAnchor="end" fontSize="12" fill="#505a5f">
            {days.at(-1)!.date}
          </text>
        </>
      )}
    </svg>
  );
}

/** The chart's numbers, day by day: what screen readers read in its place. */
export function DailyTable({ days, caption, testId }: { days: DailyEntry[]; caption: string; testId?: string }) {
  return (
    <table className="breakdown-table" data-testid={testId}>
      <caption className="visually-hidden">{caption}</caption>
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
        {days.map((day) => (
          <tr key={day.date}>
            <th scope="row">{day.date}</th>
            <td className="numeric">{numberFormat.format(day.count)}</td>
            <td className="numeric">{numberFormat.format(day.total)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
