"use client";

import { NextIntlClientProvider } from "next-intl";
import { useSyncExternalStore } from "react";
import { ErrorNotice } from "@/components/ui/error-notice";
import { DEFAULT_LOCALE, directionOf, isLocale, type Locale, localePath, splitLocale } from "@/lib/i18n/routing";
import "./globals.css";

// Replaces the root layout when the root layout itself fails (it reads the configuration for the
// page's metadata), so it brings its own document, styles and header. Plain links: after a failure
// this high up, a full page load is the surest way back.
//
// Its few strings are written here, in the three languages, rather than read from the catalogs:
// the layout that failed is the one that gives pages their language and the message provider, so
// nothing of it can be relied on here, and this page must not pull every catalog into the bundle
// of a page that may be the only thing left working. They repeat common.errors (title, tryAgain,
// reference) and common.siteName of lib/i18n/messages/*/common.json: keep them in step.
const STRINGS: Record<
  Locale,
  { siteName: string; documentTitle: string; explanation: string; home: string; errors: { title: string; tryAgain: string; reference: string } }
> = {
  en: {
    siteName: "Petitions",
    documentTitle: "Something went wrong · Petitions",
    explanation: "The site could not be shown because of a problem on our side. Try again in a moment.",
    home: "Go to the home page",
    errors: {
      title: "Sorry, something went wrong",
      tryAgain: "Try again",
      reference: "Reference number: <code>{digest}</code>. Give it if you report the problem.",
    },
  },
  fr: {
    siteName: "Pétitions",
    documentTitle: "Une erreur s’est produite · Pétitions",
    explanation: "Le site n’a pas pu être affiché en raison d’un problème de notre côté. Réessayez dans un instant.",
    home: "Aller à la page d’accueil",
    errors: {
      title: "Désolé, une erreur s’est produite",
      tryAgain: "Réessayer",
      reference: "Numéro de référence\u00a0: <code>{digest}</code>. Indiquez-le si vous signalez le problème.",
    },
  },
  fa: {
    siteName: "دادخواست‌ها",
    documentTitle: "مشکلی پیش آمد · دادخواست‌ها",
    explanation: "این سایت به دلیل مشکلی از سوی ما نمایش داده نشد. چند لحظهٔ دیگر دوباره تلاش کنید.",
    home: "رفتن به صفحهٔ نخست",
    errors: {
      title: "متأسفیم، مشکلی پیش آمد",
      tryAgain: "دوباره تلاش کنید",
      reference: "شمارهٔ پیگیری: <code>{digest}</code>. اگر مشکل را گزارش می‌کنید، این شماره را هم بنویسید.",
    },
  },
};

/** The page's language: the address's prefix (`/fr/…`), else the failed document's `lang`, else English. */
function readLocale(): Locale {
  const fromPath = splitLocale(window.location.pathname).locale;
  if (fromPath !== DEFAULT_LOCALE) return fromPath;
  const lang = document.documentElement.lang;
  return isLocale(lang) ? lang : DEFAULT_LOCALE;
}

const TIME_ZONE = "UTC";
const noSubscription = () => () => {};

export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  // English when rendered on the server (no document there), the page's language in the browser.
  const locale = useSyncExternalStore(noSubscription, readLocale, () => DEFAULT_LOCALE);
  const strings = STRINGS[locale];
  const home = localePath(locale, "/");
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body>
        <title>{strings.documentTitle}</title>
        <header className="site-header">
          <div className="container">
            <a href={home}>{strings.siteName}</a>
          </div>
        </header>
        <main id="main" className="container">
          <NextIntlClientProvider locale={locale} messages={{ common: { errors: strings.errors } }} timeZone={TIME_ZONE}>
            <ErrorNotice error={error} retry={retry} explanation={strings.explanation} back={<a href={home}>{strings.home}</a>} />
          </NextIntlClientProvider>
        </main>
      </body>
    </html>
  );
}
