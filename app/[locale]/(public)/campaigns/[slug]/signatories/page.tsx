import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { z } from "zod";
import { SignatoryList } from "@/components/signatory-list/signatory-list";
import { getLocalizedCampaignBySlug } from "@/lib/campaigns/queries";
import { Link } from "@/lib/i18n/navigation";
import { decodePosition, DEEPEST_NUMBERED_PAGE, listPublicSignatories } from "@/lib/signatory-list/queries";
import { SearchForm } from "@/components/ui/search-form";

export const dynamic = "force-dynamic";

const querySchema = z.object({
  page: z.coerce.number().int().min(1).max(DEEPEST_NUMBERED_PAGE).catch(1),
  // Where the page starts or ends (the list's own links); anything else is read as no cursor.
  after: z.string().max(200).optional().catch(undefined),
  before: z.string().max(200).optional().catch(undefined),
  q: z
    .string()
    .trim()
    .max(100)
    .catch("")
    .transform((value) => value.replace(/[\u0000-\u001f\u007f]/g, "")),
});

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: { params: Props["params"] }): Promise<Metadata> {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "campaign" });
  return { title: t("signatoriesPage.title") };
}

export default async function SignatoriesPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const campaign = await getLocalizedCampaignBySlug(slug, locale);
  if (!campaign?.listNamesPublicly) notFound();
  const t = await getTranslations("campaign.signatoriesPage");
  const raw = await searchParams;
  const text = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);
  const { page, q, after, before } = querySchema.parse({
    page: raw.page ?? 1,
    q: text(raw.q) ?? "",
    after: text(raw.after),
    before: text(raw.before),
  });
  // Deep pages are read after (or before) a position in the list, never by offset: each page costs
  // the same at any depth (issue #13).
  const { signatories, next, previous } = await listPublicSignatories(campaign.id, {
    page,
    search: q,
    after: decodePosition(after),
    before: decodePosition(before),
  });
  // A full path, which Link prefixes with the reader's language.
  const pageLink = (cursor: { after: string } | { before: string }) =>
    `/campaigns/${campaign.slug}/signatories?${new URLSearchParams({ ...(q && { q }), ...cursor })}`;

  return (
    <>
      <p className="caption">
        <Link href={`/campaigns/${campaign.slug}`}>{campaign.title}</Link>
      </p>
      <h1>{t("title")}</h1>
      <p>{t.rich("intro", { csv: (chunks) => <a href={`/api/v1/campaigns/${campaign.slug}/signatories.csv`}>{chunks}</a> })}</p>
      <SearchForm id="signatory-search" label={t("searchLabel")} value={q} maxLength={100} className="field" />
      {signatories.length === 0 ? (
        <p>{q ? t.rich("noMatch", { query: q, bdi: (chunks) => <bdi>{chunks}</bdi> }) : t("empty")}</p>
      ) : (
        <SignatoryList signatories={signatories} />
      )}
      <nav aria-label={t("pagesLabel")}>
        <ul className="pagination">
          {previous && (
            <li>
              <Link href={pageLink({ before: previous })} rel="prev">
                {t("previous")}
              </Link>
            </li>
          )}
          {next && (
            <li>
              <Link href={pageLink({ after: next })} rel="next">
                {t("next")}
              </Link>
            </li>
          )}
        </ul>
      </nav>
    </>
  );
}
