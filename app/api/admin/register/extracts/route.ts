import { NextResponse } from "next/server";
import { revalidateCampaign } from "@/lib/cache/revalidate";
import { getCurrentUser } from "@/lib/auth/session";
import { withDatabaseErrors } from "@/lib/http/unavailable";
import { isLocale, localePath } from "@/lib/i18n/routing";
import { importRegisterUploadAs } from "@/lib/register/commands";
import { loadRegisterAdminPage } from "@/lib/register/page-data";

// Admins upload an extract of the national register of elected officials (issue #14). A route
// handler, not a server action, and under /api/ where proxy.ts does not run: both would buffer
// the whole body (80 MB), and this one streams it into PostgreSQL as it arrives. The command
// checks the caller before reading the file. Answers JSON to the page's script (Accept:
// application/json) and redirects a form posted without JavaScript.
export const POST = withDatabaseErrors(async function POST(request: Request) {
  const url = new URL(request.url);
  const origin = request.headers.get("origin");
  // A form on another site cannot post here with the admin's cookies (they are SameSite=Lax); this says no outright.
  if (origin && new URL(origin).host !== (request.headers.get("host") ?? url.host)) return new NextResponse("Forbidden", { status: 403 });
  const requested = url.searchParams.get("locale");
  const locale = isLocale(requested) ? requested : "en";
  const wantsJson = request.headers.get("accept")?.includes("application/json") ?? false;
  const length = Number(request.headers.get("content-length"));
  const result = await importRegisterUploadAs(await getCurrentUser(), {
    contentType: request.headers.get("content-type"),
    contentLength: Number.isFinite(length) && length > 0 ? length : null,
    body: request.body,
  });
  const redirect = (path: string) => new NextResponse(null, { status: 303, headers: { location: localePath(locale, path) } });
  if (result.ok) {
    const { campaignSlugs, ...outcome } = { campaignSlugs: [] as string[], ...result.value };
    for (const slug of campaignSlugs) revalidateCampaign(slug);
    return wantsJson ? NextResponse.json(outcome) : redirect("/admin/register");
  }
  if (result.error === "invalid") {
    if (wantsJson) return NextResponse.json({ fieldErrors: result.fieldErrors }, { status: 400 });
    const [field, message] = Object.entries(result.fieldErrors)[0] ?? ["form", ""];
    return redirect(`/admin/register?${new URLSearchParams({ field, error: message ?? "" })}`);
  }
  if (result.error === "unauthenticated") return wantsJson ? NextResponse.json({ error: "unauthenticated" }, { status: 401 }) : redirect("/signin");
  return NextResponse.json({ error: "not_found" }, { status: 404 });
});

// The progress of the latest import, polled by the upload page's script while its upload runs.
export const GET = withDatabaseErrors(async function GET() {
  const result = await loadRegisterAdminPage(await getCurrentUser());
  if (!result.ok) return NextResponse.json({ error: result.error }, { status: result.error === "unauthenticated" ? 401 : 404 });
  const latest = result.value.extracts[0];
  const progress = latest && {
    id: latest.id,
    status: latest.status,
    bytesRead: latest.bytesRead,
    bytesTotal: latest.bytesTotal,
    rowsImported: latest.rowsImported,
    createdAt: latest.createdAt.toISOString(),
  };
  return NextResponse.json({ latest: progress ?? null }, { headers: { "cache-control": "no-store" } });
});
