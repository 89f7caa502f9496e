import { ActionButton } from "@/components/ui/action-button";
import { revokeApiKeyAction } from "@/lib/organizers/actions";
import type { ApiKeyListItem } from "@/lib/organizers/queries";
import { CreateApiKeyForm } from "./create-api-key-form";

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const when = (date: Date | null) => (date ? `${dateTime.format(date)} UTC` : "never");

export function ApiKeysSection({ apiKeys }: { apiKeys: ApiKeyListItem[] }) {
  return (
    <section aria-labelledby="api-keys-title">
      <h2 id="api-keys-title">API keys</h2>
      <p>
        A key lets a tool read the signatures of your campaigns through the OSDI API (header <code>OSDI-API-Token</code>), with your access. Email
        addresses are exported only for signers who agreed to be contacted.
      </p>
      {apiKeys.length > 0 && (
        <table data-testid="api-keys">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Created</th>
              <th scope="col">Last used</th>
              <th scope="col">
                <span className="visually-hidden">Revoke</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {apiKeys.map((apiKey) => (
              <tr key={apiKey.id}>
                <th scope="row">{apiKey.label}</th>
                <td>{when(apiKey.createdAt)}</td>
                <td>{when(apiKey.lastUsedAt)}</td>
                <td>
                  {apiKey.revokedAt ? (
                    `Revoked ${when(apiKey.revokedAt)}`
                  ) : (
                    <ActionButton action={revokeApiKeyAction} fields={{ keyId: apiKey.id }}>
                      Revoke<span className="visually-hidden"> {apiKey.label}</span>
                    </ActionButton>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <CreateApiKeyForm />
    </section>
  );
}
