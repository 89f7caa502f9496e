import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { SignatoryList } from "@/components/signatories/signatory-list";
import { getPublicCampaignBySlug } from "@/lib/campaigns/queries";
import { listPublicSignatories } from "@/lib/signatories/queries";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Signatories" };

const querySchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  q: z
    .string()
    .trim()
    .max(100)
    .catch("")
    .transform((value) => value.replace(/[\u0000-\u001f\u007f]/g, "")),
});

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function SignatoriesPage({ params, searchParams }: Props) {
  const campaign = await getPublicCampaignBySlug((await params).slug);
  if (!campaign || !campaign.listNamesPublicly) notFound();
  const raw = await searchParams;
  const { page, q } = querySchema.parse({ page: raw.page ?? 1, q: typeof raw.q === "string" ? raw.q : "" });
  const { signatories, hasNextPage } = await listPublicSignatories(campaign.id, { page, search: q });
  const pageLink = (target: number) => `?${new URLSearchParams({ ...(q && { q }), page: String(target) })}`;

  return (
    <>
      <p className="caption">
        <Link href={`/campaigns/${campaign.slug}`}>{campaign.title}</Link>
      </p>
      <h1>Signatories</h1>
      <p>
        People who confirmed their signature and chose to show their name. Officials verified by the campaign team are
        marked ✓ and listed first. <a href={`/api/v1/campaigns/${campaign.slug}/signatories.csv`}>Download as CSV</a>.
      </p>
      <form method="get" role="search" className="field">
        <label htmlFor="signatory-search">Search by name</label>
        <input id="signatory-search" type="search" name="q" defaultValue={q} maxLength={100} />{" "}
        <button type="submit" className="button">
          Search
        </button>
      </form>
      {signatories.length === 0 ? (
        <p>{q ? `No listed signatory matches “${q}”.` : "Nobody is listed yet."}</p>
      ) : (
        <SignatoryList signatories={signatories} />
      )}
      <nav aria-label="Pages of signatories">
        <ul className="pagination">
          {page > 1 && (
            <li>
              <Link href={pageLink(page - 1)} rel="prev">
                Previous page
              </Link>
            </li>
          )}
          {hasNextPage && (
            <li>
              <Link href={pageLink(page + 1)} rel="next">
                Next page
              </Link>
            </li>
          )}
        </ul>
      </nav>
    </>
  );
}
