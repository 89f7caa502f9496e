import { useTranslations } from "next-intl";
import { ActionButton } from "@/components/ui/action-button";
import { revokeApiKeyAction } from "@/lib/organizers/actions";
import type { ApiKeyListItem } from "@/lib/organizers/queries";
import { CreateApiKeyForm } from "./create-api-key-form";
import { DateTime } from "./date-time";
import { TableRegion } from "@/components/ui/table-region";

export function ApiKeysSection({ apiKeys }: { apiKeys: ApiKeyListItem[] }) {
  const t = useTranslations("organizer.apiKeys");
  const when = (date: Date | null) => (date ? <DateTime value={date} /> : t("never"));
  return (
    <section aria-labelledby="api-keys-title">
      <h2 id="api-keys-title">{t("title")}</h2>
      <p>{t.rich("intro", { code: (chunks) => <code>{chunks}</code> })}</p>
      {apiKeys.length > 0 && (
        <TableRegion label={t("tableLabel")}>
          <table data-testid="api-keys">
            <thead>
              <tr>
                <th scope="col">{t("name")}</th>
                <th scope="col">{t("created")}</th>
                <th scope="col">{t("lastUsed")}</th>
              </tr>
            </thead>
            <tbody>
              {apiKeys.map((apiKey) => (
                <tr key={apiKey.id}>
                  <th scope="row">
                    <bdi>{apiKey.label}</bdi>
                    {/* The row's action under its name, so it stays in sight on a phone. */}
                    {apiKey.revokedAt ? (
                      <span className="cell-note">{t.rich("revoked", { when: () => <DateTime value={apiKey.revokedAt as Date} /> })}</span>
                    ) : (
                      <ActionButton
                        action={revokeApiKeyAction}
                        fields={{ keyId: apiKey.id }}
                        kind="quiet-danger"
                        confirm={t("revokeConfirm", { label: apiKey.label })}
                      >
                        {t.rich("revoke", {
                          label: apiKey.label,
                          hidden: (chunks) => <span className="visually-hidden">{chunks}</span>,
                        })}
                      </ActionButton>
                    )}
                  </th>
                  <td>{when(apiKey.createdAt)}</td>
                  <td>{when(apiKey.lastUsedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      <h3>{t("createTitle")}</h3>
      <CreateApiKeyForm />
    </section>
  );
}
