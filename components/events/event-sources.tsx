import { useTranslations } from "next-intl";
import type { EventDetail } from "@/lib/events/queries";

/** An event's sources as the public page and the organizer's page list them, full texts folded away. */
export function EventSources({ sources, fullTextLabel }: { sources: EventDetail["sources"]; fullTextLabel: string }) {
  const t = useTranslations("events");
  return (
    <ul>
      {sources.map((source) => (
        <li key={source.id}>
          {/* Titles, publishers and texts are the sources' own, in their language: dir="auto" isolates them. */}
          <p>
            {source.url ? (
              <a href={source.url} dir="auto">
                {source.title}
              </a>
            ) : (
              <cite dir="auto">{source.title}</cite>
            )}
            {source.publisher && t.rich("shared.sourcePublisher", { publisher: source.publisher, isolate: (chunks) => <bdi>{chunks}</bdi> })}
            {/* The day as the source gave it, ISO and left to right in every language. */}
            {source.publishedOn && t.rich("shared.sourcePublished", { date: source.publishedOn, iso: (chunks) => <bdi dir="ltr">{chunks}</bdi> })}
          </p>
          {source.note && <p className="muted">{source.note}</p>}
          {source.text && (
            <details>
              <summary>{fullTextLabel}</summary>
              <div className="source-text" dir="auto">
                {source.text}
              </div>
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}
