import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { SignatoryList } from "@/components/signatory-list/signatory-list";
import { getPublicCampaignBySlug } from "@/lib/campaigns/queries";
import { decodePosition, DEEPEST_NUMBERED_PAGE, listPublicSignatories } from "@/lib/signatory-list/queries";
import { SearchForm } from "@/components/ui/search-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Signatories" };

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
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function SignatoriesPage({ params, searchParams }: Props) {
  const campaign = await getPublicCampaignBySlug((await params).slug);
  if (!campaign?.listNamesPublicly) notFound();
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
  const pageLink = (cursor: { after: string } | { before: string }) => `?${new URLSearchParams({ ...(q && { q }), ...cursor })}`;

  return (
    <>
      <p className="caption">
        <Link href={`/campaigns/${campaign.slug}`}>{campaign.title}</Link>
      </p>
      <h1>Signatories</h1>
      <p>
        People who confirmed their signature and chose to show their name. Officials verified by the campaign team are marked ✓ and listed first.{" "}
        <a href={`/api/v1/campaigns/${campaign.slug}/signatories.csv`}>Download as CSV</a>.
      </p>
      <SearchForm id="signatory-search" label="Search by name" value={q} maxLength={100} className="field" />
      {signatories.length === 0 ? (
        <p>{q ? `No listed signatory matches “${q}”.` : "Nobody is listed yet."}</p>
      ) : (
        <SignatoryList signatories={signatories} />
      )}
      <nav aria-label="Pages of signatories">
        <ul className="pagination">
          {previous && (
            <li>
              <Link href={pageLink({ before: previous })} rel="prev">
                Previous page
              </Link>
            </li>
          )}
          {next && (
            <li>
              <Link href={pageLink({ after: next })} rel="next">
                Next page
              </Link>
            </li>
          )}
        </ul>
      </nav>
    </>
  );
}
