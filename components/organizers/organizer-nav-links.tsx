"use client";

import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";

// The organizer bar's links, the one leading to where the organizer is marked: "page" on the page
// itself, "true" anywhere below it (a campaign is under "Your campaigns"). Only a client component
// knows the path: the layout that renders the bar stays the same from page to page. The path is
// read without its language prefix, and the links keep the reader's language.

const LINKS = [
  { href: "/organizer", label: "campaigns", below: "/organizer/campaigns" },
  { href: "/organizer/events", label: "events", below: "/organizer/events/" },
  { href: "/admin", label: "admin", adminOnly: true },
  { href: "/admin/audit", label: "audit", adminOnly: true },
] as const;

export function OrganizerNavLinks({ isAdmin }: { isAdmin: boolean }) {
  const t = useTranslations("organizer.nav");
  const pathname = usePathname();
  const current = (link: (typeof LINKS)[number]) => {
    if (pathname === link.href) return "page";
    return "below" in link && pathname.startsWith(link.below) ? "true" : undefined;
  };
  return (
    <ul>
      {LINKS.filter((link) => isAdmin || !("adminOnly" in link)).map((link) => (
        <li key={link.href}>
          <Link href={link.href} aria-current={current(link)}>
            {t(link.label)}
          </Link>
        </li>
      ))}
    </ul>
  );
}
