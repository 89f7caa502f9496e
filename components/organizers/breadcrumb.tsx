import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

export type Crumb = { href: string; label: string };

/** The pages above this one, from the top; the page itself is the h1 that follows. */
export function Breadcrumb({ trail }: { trail: Crumb[] }) {
  const t = useTranslations("organizer.breadcrumb");
  return (
    <nav aria-label={t("label")} className="breadcrumb">
      <ol>
        {trail.map((crumb) => (
          <li key={crumb.href}>
            <Link href={crumb.href}>{crumb.label}</Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
