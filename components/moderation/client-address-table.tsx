import { TableRegion } from "@/components/organizers/table-region";
import type { ClientAddressCount } from "@/lib/moderation/queries";

const number = new Intl.NumberFormat("en-GB");

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
        signatures are not counted here. To invalidate the signatures of one hash, copy it into the filter below.
      </p>
      {clientAddresses.length === 0 ? (
        <p data-testid="client-addresses-empty">No signature with a known client address in the last 7 days.</p>
      ) : (
        <TableRegion label="Where signatures came from in the last 7 days">
          <table data-testid="client-addresses" className="table-auto">
            <thead>
              <tr>
                <th scope="col">Client-address hash</th>
                <th scope="col" className="numeric">
                  Signatures
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
                      readOnly
                      value={hash}
                      spellCheck={false}
                      aria-label={`Hash ${index + 1}, ${signatures} signatures`}
                      data-testid="client-address-hash"
                    />
                  </td>
                  <td className="numeric">{number.format(signatures)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}
