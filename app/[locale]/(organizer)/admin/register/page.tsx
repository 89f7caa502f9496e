import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ExtractTable } from "@/components/register/extract-table";
import { RegisterUploadForm } from "@/components/register/register-upload-form";
import { requirePage } from "@/lib/access/page";
import { getCurrentUser } from "@/lib/auth/session";
import { isImportRunning } from "@/lib/register/import-state";
import { loadRegisterAdminPage } from "@/lib/register/page-data";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("register.admin");
  return { title: t("metaTitle") };
}

type Props = { searchParams: Promise<{ field?: string; error?: string }> };

const FIELDS = ["kind", "extractDate", "file", "form"] as const;

/** Admins only (a 404 for anyone else): upload an extract of the register, follow its import. */
export default async function RegisterAdminPage({ searchParams }: Props) {
  const { extracts } = await requirePage(await loadRegisterAdminPage(await getCurrentUser()), "/admin/register");
  const t = await getTranslations("register.admin");
  // A form posted without JavaScript comes back with its error in the address (the route's redirect).
  const { field, error } = await searchParams;
  const shown = FIELDS.find((name) => name === field);
  const initialErrors = shown && error?.startsWith("register.errors.") ? { [shown]: error } : {};
  // Refreshes itself only while an import is really under way: never for one whose process died.
  const now = Date.now();
  const importing = extracts.some((extract) => isImportRunning(extract, now));
  return (
    <>
      {importing && <meta httpEquiv="refresh" content="3" />}
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <p className="muted">{t("privacy")}</p>
      <RegisterUploadForm initialErrors={initialErrors} />
      <h2>{t("listTitle")}</h2>
      {importing && <p aria-live="polite">{t("refreshNote")}</p>}
      <ExtractTable extracts={extracts} now={now} />
    </>
  );
}
