import type { EventDetail } from "@/lib/events/queries";

/** An event's sources as the public page and the organizer's page list them, full texts folded away. */
export function EventSources({ sources, fullTextLabel }: { sources: EventDetail["sources"]; fullTextLabel: string }) {
  return (
    <ul>
      {sources.map((source) => (
        <li key={source.id}>
          <p>
            {source.url ? <a href={source.url}>{source.title}</a> : <cite>{source.title}</cite>}
            {source.publisher && `, ${source.publisher}`}
            {source.publishedOn && ` (${source.publishedOn})`}
          </p>
          {source.note && <p className="muted">{source.note}</p>}
          {source.text && (
            <details>
              <summary>{fullTextLabel}</summary>
              <div className="source-text">{source.text}</div>
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}
