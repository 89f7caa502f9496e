// A horizontal bar chart drawn as SVG on the server: no script, no chart library. The SVG is
// hidden from screen readers; every chart sits beside a table with the same numbers.

const numberFormat = new Intl.NumberFormat("en-GB");

export type Bar = { label: string; value: number };

/** The largest `top` bars and one for the rest, so the chart stays legible; its table lists them all. */
export function topBars(bars: Bar[], top: number, otherLabel: string): Bar[] {
  if (bars.length <= top) return bars;
  const rest = bars.slice(top).reduce((sum, bar) => sum + bar.value, 0);
  return [...bars.slice(0, top), { label: otherLabel, value: rest }];
}

export function BarChart({ bars, title }: { bars: Bar[]; title: string }) {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const rowHeight = 28;
  const labelWidth = 230;
  const width = 560;
  const barSpace = width - labelWidth - 70;
  return (
    <svg className="chart" viewBox={`0 0 ${width} ${bars.length * rowHeight}`} width="100%" role="img" aria-hidden="true" focusable="false">
      <title>{title}</title>
      {bars.map((bar, index) => {
        const y = index * rowHeight;
        const barWidth = Math.max(2, (bar.value / max) * barSpace);
        return (
          <g key={bar.label} transform={`translate(0 ${y})`}>
            <text x={labelWidth - 8} y={rowHeight / 2 + 5} textAnchor="end" fontSize="14" fill="#0b0c0c">
              {bar.label.length > 30 ? `${bar.label.slice(0, 29)}…` : bar.label}
            </text>
            <rect x={labelWidth} y={4} width={barWidth} height={rowHeight - 8} fill="#1d70b8" />
            <text x={labelWidth + barWidth + 6} y={rowHeight / 2 + 5} fontSize="14" fill="#0b0c0c">
              {numberFormat.format(bar.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export function BreakdownTable({ caption, rows, keyHeading }: { caption: string; rows: Bar[]; keyHeading: string }) {
  return (
    <table className="breakdown-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{keyHeading}</th>
          <th scope="col" className="numeric">
            Signatures
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            <td className="numeric">{numberFormat.format(row.value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
