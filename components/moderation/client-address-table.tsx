import type { ClientAddressCount } from "@/lib/moderation/queries";

const ABBREVIATED = 12;

/**
 * The client-address hashes most signatures came from this week. Only the hash is known: the
 * address itself is never stored. The whole hash is in a read-only field, to copy into the filter.
 */
export function ClientAddressTable({ clientAddresses }: { clientAddresses: ClientAddressCount[] }) {
  return (
    <section aria-labelledby="client-addresses-title">
      <h2 id="client-addresses-title">Where signatures came from in the last 7 days</h2>
      <p>
        Each client address is kept only as a keyed hash: signatures from one network share a hash, and nobody can read the address back. Invalidated
        signatures are not counted here.
      </p>
      {clientAddresses.length === 0 ? (
        <p data-testid="client-addresses-empty">No signature with a known client address in the last 7 days.</p>
      ) : (
        <table data-testid="client-addresses">
          <thead>
            <tr>
              <th scope="col">Client-address hash</th>
              <th scope="col">Signatures</th>
              <th scope="col">Whole hash, to copy</th>
            </tr>
          </thead>
          <tbody>
            {clientAddresses.map(({ hash, signatures }, index) => (
              <tr key={hash}>
                <th scope="row">
                  <code title={hash}>{hash.slice(0, ABBREVIATED)}…</code>
                </th>
                <td>{signatures}</td>
                <td>
                  <input
                    type="text"
                    readOnly
                    value={hash}
                    size={24}
                    spellCheck={false}
                    aria-label={`Whole hash ${index + 1}, ${signatures} signatures`}
                    data-testid="client-address-hash"
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
