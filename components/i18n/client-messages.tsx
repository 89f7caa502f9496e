import { NextIntlClientProvider } from "next-intl";
import { type ClientMessageSet, clientMessages } from "@/lib/i18n/client-messages";
import type { Locale } from "@/lib/i18n/routing";

/** Gives the client components inside it the messages they read (lib/i18n/client-messages.ts), and no more. */
export function ClientMessages({ locale, set, children }: { locale: Locale; set: ClientMessageSet; children: React.ReactNode }) {
  return (
    <NextIntlClientProvider locale={locale} messages={clientMessages(locale, set)}>
      {children}
    </NextIntlClientProvider>
  );
}
