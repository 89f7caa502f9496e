import { useTranslations } from "next-intl";
import { signOutAction } from "@/lib/auth/actions";

// Quiet: it sits in the bar of every organizer page, and must not be the first thing the eye meets.
export function SignOutButton() {
  const t = useTranslations("auth");
  return (
    <form action={signOutAction}>
      <button type="submit" className="button button-quiet">
        {t("signOut")}
      </button>
    </form>
  );
}
