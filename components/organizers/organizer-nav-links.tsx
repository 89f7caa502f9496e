"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

// The organizer bar's links, the one leading to where the organizer is marked: "page" on the page
// itself, "true" anywhere below it (a campaign is under "Your campaigns"). Only a client component
// knows the path: the layout that renders the bar stays the same from page to page.

const LINKS = [
  { href: "/organizer", label: "Your campaigns", below: "/organizer/campaigns" },
  { href: "/organizer/events", label: "Events", below: "/organizer/events/" },
  { href: "/admin", label: "Admin", adminOnly: true },
  { href: "/admin/audit", label: "Audit log", adminOnly: true },
] as const;

export function OrganizerNavLinks({ isAdmin }: { isAdmin: boolean }) {
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
            {link.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
