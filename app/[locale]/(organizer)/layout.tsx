import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { LongText } from "@/components/organizers/long-text";
import { OrganizerNavLinks } from "@/components/organizers/organizer-nav-links";
import { redirectToSignIn } from "@/lib/auth/redirect";
import { getCurrentUser } from "@/lib/auth/session";
import { NAMESPACES } from "@/lib/i18n/catalogs";
import { clientMessages } from "@/lib/i18n/client-messages";
import type { Locale } from "@/lib/i18n/routing";

// A convenience for anonymous visitors, not a guard: every page and action below checks the
// session and the caller's role again itself (lib/organizers/page-data.ts, commands.ts).
export default async function OrganizerLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  if (!user) redirectToSignIn("/organizer", await getLocale());
  // The organizer area's client components (forms, editors) get every catalog; public pages only
  // the few theirs need (app/[locale]/layout.tsx).
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("organizer");
  return (
    <NextIntlClientProvider messages={clientMessages(locale, NAMESPACES)}>
      <nav aria-label={t("nav.label")} className="organizer-bar">
        <OrganizerNavLinks isAdmin={user.role === "admin"} />
        <div className="organizer-account">
          <p>
            {t.rich("layout.signedInAs", {
              role: t(`roles.${user.role}`),
              account: () => (
                <strong data-testid="signed-in-as">
                  <bdi>
                    <LongText value={user.email} />
                  </bdi>
                </strong>
              ),
            })}
          </p>
          <SignOutButton />
        </div>
      </nav>
      {children}
    </NextIntlClientProvider>
  );
}
