import { translatorFor } from "@/lib/i18n/translator";

// What matches no route at all: every page address reaches app/[locale]/ (next.config.mjs), whose
// own not-found page speaks the reader's language, so this is only for the odd address outside
// them (under /api/, say). No language is known there: English, the default, from the catalog.
export default function NotFound() {
  const t = translatorFor("en");
  return (
    <html lang="en" dir="ltr">
      <body>
        <title>{t("common.notFound.title")}</title>
        <main id="main" className="container">
          <h1>{t("common.notFound.title")}</h1>
          <p>
            <a href="/">{t("common.campaigns")}</a>
          </p>
        </main>
      </body>
    </html>
  );
}
