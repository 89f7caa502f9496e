import { LANGUAGE_NAMES, LOCALES } from "@/lib/i18n/routing";

/** The platform's languages as a select's options, each named in itself ("Français", "فارسی"). */
export function LanguageOptions() {
  return LOCALES.map((language) => (
    <option key={language} value={language} lang={language}>
      {LANGUAGE_NAMES[language]}
    </option>
  ));
}
