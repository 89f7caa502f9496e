import { getTranslations } from "next-intl/server";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { Breadcrumb } from "@/components/organizers/breadcrumb";
import { requirePage } from "@/lib/access/page";
import { getCurrentUser } from "@/lib/auth/session";
import { newCampaignDefaults } from "@/lib/campaigns/form-defaults";
import { loadNewCampaign } from "@/lib/campaigns/page-data";
import { Link } from "@/lib/i18n/navigation";
import { titleFrom } from "@/lib/i18n/metadata";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = titleFrom("editor", "newCampaign.title");

const single = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

export default async function NewCampaignPage({ params: route, searchParams }: Props) {
  const { locale } = await route;
  const params = await searchParams;
  const t = await getTranslations("editor");
  const query = { event: single(params.event), call: single(params.call) };
  const search = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined));
  const { event, unknownEvent, prefill } = await requirePage(
    await loadNewCampaign(await getCurrentUser(), query),
    `/organizer/campaigns/new${search.size ? `?${search}` : ""}`,
  );
  return (
    <>
      <Breadcrumb trail={[{ href: "/organizer", label: t("sections.yourCampaigns") }]} />
      <h1>{t("newCampaign.title")}</h1>
      {unknownEvent && (
        <p className="notice notice-warning" role="status">
          {t("newCampaign.unknownEvent")}
        </p>
      )}
      {event ? (
        <section aria-labelledby="built-on">
          <h2 id="built-on">{t("newCampaign.builtOn")}</h2>
          <p>
            <Link href={`/events/${event.slug}`}>
              <bdi>{event.title}</bdi>
            </Link>
          </p>
          {event.calls.length > 0 && (
            <>
              <p>{t("newCampaign.startFromCall")}</p>
              <ul>
                {event.calls.map((call) => (
                  <li key={call.position}>
                    <Link
                      href={`/organizer/campaigns/new?${new URLSearchParams({ event: event.slug, call: String(call.position) })}`}
                      aria-current={prefill?.position === call.position ? "true" : undefined}
                    >
                      {t.rich("newCampaign.call", {
                        target: call.target,
                        action: call.action,
                        bdi: (chunks) => <bdi>{chunks}</bdi>,
                      })}
                    </Link>
                    {prefill?.position === call.position && <strong> {t("newCampaign.usedBelow")}</strong>}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      ) : (
        <p>
          {t.rich("newCampaign.fromScratch", {
            link: (chunks) => <Link href="/organizer/events">{chunks}</Link>,
          })}
        </p>
      )}
      <h2>{t("newCampaign.theCampaign")}</h2>
      <p>{t("newCampaign.savedAsDraft")}</p>
      {/* A new key when another call is chosen: the inputs take their new starting values. */}
      <CampaignForm
        key={prefill ? `call-${prefill.position}` : "blank"}
        defaults={newCampaignDefaults(prefill, locale)}
        mode={{ kind: "create", eventSlug: event?.slug ?? null }}
      />
    </>
  );
}
