import type { CampaignUpdate } from "@/lib/db/schema";
import { UPDATE_KINDS } from "@/lib/campaigns/schema";

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** The campaign's public updates, newest first: news, and what came of it. */
export function CampaignUpdates({ updates, headingLevel = "h2" }: { updates: CampaignUpdate[]; headingLevel?: "h2" | "h3" }) {
  if (updates.length === 0) return null;
  const Heading = headingLevel;
  const ItemHeading = headingLevel === "h2" ? "h3" : "h4";
  return (
    <section aria-labelledby="campaign-updates" data-testid="campaign-updates">
      <Heading id="campaign-updates">Updates</Heading>
      <ol className="signatory-list">
        {updates.map((update) => (
          <li key={update.id}>
            <article>
              <p className="caption">
                {update.kind !== "news" && <span className="tag">{UPDATE_KINDS[update.kind]}</span>}
                <time dateTime={update.publishedAt.toISOString()}>{dateFormat.format(update.publishedAt)}</time>
              </p>
              <ItemHeading>{update.title}</ItemHeading>
              <p style={{ whiteSpace: "pre-line" }}>{update.body}</p>
            </article>
          </li>
        ))}
      </ol>
    </section>
  );
}
