import { useLocale, useTranslations } from "next-intl";
import { TableRegion } from "@/components/ui/table-region";
import { formatterFor } from "@/lib/i18n/format";
import type { ClientAddressCount } from "@/lib/moderation/queries";

/**
 * The client-address hashes most signatures came from this week. Only the hash is known: the
 * address itself is never stored. The whole hash is in a read-only field, to copy into the filter.
 */
export function ClientAddressTable({ clientAddresses }: { clientAddresses: ClientAddressCount[] }) {
  const t = useTranslations("organizer.moderation.clientAddresses");
  const format = formatterFor(useLocale());
  return (
    <section aria-labelledby="client-addresses-title">
      <h2 id="client-addresses-title">{t("title")}</h2>
      <p>{t("intro")}</p>
      {clientAddresses.length === 0 ? (
        <p data-testid="client-addresses-empty">{t("empty")}</p>
      ) : (
        <TableRegion label={t("title")}>
          <table data-testid="client-addresses" className="table-auto">
            <thead>
              <tr>
                <th scope="col">{t("hash")}</th>
                <th scope="col" className="numeric">
                  {t("signatures")}
                </th>
              </tr>
            </thead>
            <tbody>
              {clientAddresses.map(({ hash, signatures }, index) => (
                <tr key={hash}>
                  <td>
                    <input
                      type="text"
                      className="hash-input"
                      dir="ltr"
                      readOnly
                      value={hash}
                      spellCheck={false}
                      aria-label={t("hashLabel", { index: index + 1, count: signatures })}
                      data-testid="client-address-hash"
                    />
                  </td>
                  <td className="numeric">{format.number(signatures)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}
