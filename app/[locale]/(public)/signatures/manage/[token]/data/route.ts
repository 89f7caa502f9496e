import { exportMyData } from "@/lib/my-signatures/data-export";
import { findSignerAccess } from "@/lib/my-signatures/queries";
import { tokenFormSchema } from "@/lib/signing/schema";
import { withDatabaseErrors } from "@/lib/http/unavailable";
import { isLocale } from "@/lib/i18n/routing";

// "Download my data" (issue #13): the signer's data as a JSON file, for the holder of a live
// "Manage my signatures" link. A read: it changes nothing, like opening the page.
export const GET = withDatabaseErrors(async function GET(_request: Request, { params }: { params: Promise<{ locale: string; token: string }> }) {
  const { locale, token } = await params;
  const parsed = tokenFormSchema.safeParse({ token });
  const access = parsed.success ? await findSignerAccess(parsed.data.token) : null;
  const headers = { "Cache-Control": "no-store", "Referrer-Policy": "no-referrer", "X-Robots-Tag": "noindex" };
  if (!access)
    return new Response("This link no longer works.\n", { status: 404, headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" } });
  const data = await exportMyData(access.emailCanonical, isLocale(locale) ? locale : access.locale);
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: {
      ...headers,
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="my-signatures.json"',
    },
  });
});
