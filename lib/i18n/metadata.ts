import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { Namespace } from "./catalogs";

/**
 * A page's generateMetadata whose title is one catalog message, in the page's language:
 * `export const generateMetadata = titleFrom("editor", "overview.metaTitle");`
 */
export function titleFrom(namespace: Namespace, key: string) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const { locale } = await params;
    const t = await getTranslations({ locale, namespace });
    return { title: t(key) };
  };
}
