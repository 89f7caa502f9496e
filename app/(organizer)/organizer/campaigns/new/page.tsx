import type { Metadata } from "next";
import Link from "next/link";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { Breadcrumb } from "@/components/organizers/breadcrumb";
import { requirePage } from "@/lib/access/page";
import { getCurrentUser } from "@/lib/auth/session";
import { newCampaignDefaults } from "@/lib/campaigns/form-defaults";
import { loadNewCampaign } from "@/lib/campaigns/page-data";

export const metadata: Metadata = { title: "New campaign" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const single = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

export default async function NewCampaignPage({ searchParams }: Props) {
  const params = await searchParams;
  const query = { event: single(params.event), call: single(params.call) };
  const search = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined));
  const { event, unknownEvent, prefill } = requirePage(
    await loadNewCampaign(await getCurrentUser(), query),
    `/organizer/campaigns/new${search.size ? `?${search}` : ""}`,
  );
  return (
    <>
      <Breadcrumb trail={[{ href: "/organizer", label: "Your campaigns" }]} />
      <h1>New campaign</h1>
      {unknownEvent && (
        <p className="notice notice-warning" role="status">
          No event has the address in this link, so this campaign starts from scratch.
        </p>
      )}
      {event ? (
        <section aria-labelledby="built-on">
          <h2 id="built-on">Built on an event</h2>
          <p>
            <Link href={`/events/${event.slug}`}>{event.title}</Link>
          </p>
          {event.calls.length > 0 && (
            <>
              <p>Start from a call to action made there: it fills in the statement and the decision makers.</p>
              <ul>
                {event.calls.map((call) => (
                  <li key={call.position}>
                    <Link
                      href={`/organizer/campaigns/new?${new URLSearchParams({ event: event.slug, call: String(call.position) })}`}
                      aria-current={prefill?.position === call.position ? "true" : undefined}
                    >
                      {call.target}: {call.action}
                    </Link>
                    {prefill?.position === call.position && <strong> (used below)</strong>}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      ) : (
        <p>
          Start from scratch, or from one of the <Link href="/organizer/events">documented events</Link>.
        </p>
      )}
      <h2>The campaign</h2>
      <p>It is saved as a draft: nobody else sees it until you publish it.</p>
      {/* A new key when another call is chosen: the inputs take their new starting values. */}
      <CampaignForm
        key={prefill ? `call-${prefill.position}` : "blank"}
        defaults={newCampaignDefaults(prefill)}
        mode={{ kind: "create", eventSlug: event?.slug ?? null }}
      />
    </>
  );
}
