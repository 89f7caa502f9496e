import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

/** A GET search of one field that works without JavaScript: the list's page reads it from the address. */
export function SearchForm({
  id,
  name = "q",
  label,
  value,
  maxLength,
  ariaLabel,
  submit,
  after,
  className,
}: {
  id: string;
  name?: string;
  label: string;
  value: string;
  maxLength: number;
  ariaLabel?: string;
  /** The button's text; "Search" in the reader's language when not given. */
  submit?: string;
  after?: ReactNode;
  /** "field": the label on its own line above the box, as on a public page. */
  className?: string;
}) {
  const t = useTranslations("common.forms");
  return (
    <search aria-label={ariaLabel}>
      <form method="get" className={["search-form", className].filter(Boolean).join(" ")}>
        <label htmlFor={id}>{label}</label>
        <div className="search-form-row">
          <input id={id} name={name} type="search" defaultValue={value} maxLength={maxLength} spellCheck={false} />
          <button type="submit" className="button">
            {submit ?? t("search")}
          </button>
          {after}
        </div>
      </form>
    </search>
  );
}
