import type { OfflineTally } from "@/lib/db/schema";

const numberFormat = new Intl.NumberFormat("en-GB");

/** A description typed without its final stop ("… at the conference") still ends its sentence before "Source:". */
const asSentence = (text: string) => (/[.!?…]["”’)]?$/u.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** Documented offline signatures: a count with its source, never a list of invented names. */
export function OfflineTallies({ tallies }: { tallies: OfflineTally[] }) {
  if (tallies.length === 0) return null;
  return (
    <section aria-labelledby="offline-title">
      <h2 id="offline-title">Signed on paper</h2>
      <ul>
        {tallies.map((tally) => (
          <li key={tally.id}>
            <strong>{numberFormat.format(tally.count)}</strong> {tally.count === 1 ? "documented signature." : "documented signatures."}{" "}
            {asSentence(tally.description)}{" "}
            <span className="muted">
              Source: {tally.sourceUrl ? <a href={tally.sourceUrl}>{tally.sourceTitle}</a> : <cite>{tally.sourceTitle}</cite>}
              {tally.sourceDate && ` (${tally.sourceDate})`}.
            </span>
          </li>
        ))}
      </ul>
      <p className="muted">Offline signatures are counted apart from online ones and added to the total.</p>
    </section>
  );
}
