import { ActionButton } from "@/components/ui/action-button";
import { revokeApiKeyAction } from "@/lib/organizers/actions";
import type { ApiKeyListItem } from "@/lib/organizers/queries";
import { CreateApiKeyForm } from "./create-api-key-form";
import { DateTime } from "./date-time";
import { TableRegion } from "./table-region";

const when = (date: Date | null) => (date ? <DateTime value={date} /> : "never");

export function ApiKeysSection({ apiKeys }: { apiKeys: ApiKeyListItem[] }) {
  return (
    <section aria-labelledby="api-keys-title">
      <h2 id="api-keys-title">API keys</h2>
      <p>
        A key lets a tool read the signatures of your campaigns through the OSDI API (header <code>OSDI-API-Token</code>), with your access. Email
        addresses are exported only for signers who agreed to be contacted.
      </p>
      {apiKeys.length > 0 && (
        <TableRegion label="Your API keys">
          <table data-testid="api-keys">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Created (UTC)</th>
                <th scope="col">Last used (UTC)</th>
              </tr>
            </thead>
            <tbody>
              {apiKeys.map((apiKey) => (
                <tr key={apiKey.id}>
                  <th scope="row">
                    {apiKey.label}
                    {/* The row's action under its name, so it stays in sight on a phone. */}
                    {apiKey.revokedAt ? (
                      <span className="cell-note">
                        Revoked <DateTime value={apiKey.revokedAt} />
                      </span>
                    ) : (
                      <ActionButton
                        action={revokeApiKeyAction}
                        fields={{ keyId: apiKey.id }}
                        kind="quiet-danger"
                        confirm={`Revoke the key “${apiKey.label}”? Tools that use it stop working at once. This cannot be undone.`}
                      >
                        Revoke<span className="visually-hidden"> {apiKey.label}</span>
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
      <h3>Create a key</h3>
      <CreateApiKeyForm />
    </section>
  );
}
