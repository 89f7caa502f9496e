import { formatterFor } from "@/lib/i18n/format";

// Pure arithmetic of the campaign dashboard, kept apart so it is tested without a database.

/**
 * The share of online signatures whose signer confirmed by email: confirmed / (confirmed + pending).
 * Null when nobody has signed online yet, which the page shows as "—" rather than 0 %.
 */
export function confirmationRate(confirmed: number, pending: number): number | null {
  const signed = confirmed + pending;
  return signed > 0 ? confirmed / signed : null;
}

/** The rate as a percentage in the reader's locale ("66.7%", « 66,7 % », "٪۶۶٫۷"). */
export function formatRate(rate: number | null, locale = "en"): string {
  return rate === null ? "—" : formatterFor(locale).percent(rate);
}
