// Pure arithmetic of the campaign dashboard, kept apart so it is tested without a database.

/**
 * The share of online signatures whose signer confirmed by email: confirmed / (confirmed + pending).
 * Null when nobody has signed online yet, which the page shows as "—" rather than 0 %.
 */
export function confirmationRate(confirmed: number, pending: number): number | null {
  const signed = confirmed + pending;
  return signed > 0 ? confirmed / signed : null;
}

const percent = new Intl.NumberFormat("en-GB", { style: "percent", maximumFractionDigits: 1 });

export function formatRate(rate: number | null): string {
  return rate === null ? "—" : percent.format(rate);
}
