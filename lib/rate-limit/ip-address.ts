import { isIP } from "node:net";

// One X-Forwarded-For entry read as an address, and the key a client is counted under (issue #13,
// finding 4). Keying on the exact address gave every IPv6 client unlimited attempts: a single
// subscriber is handed a /64 (2^64 addresses), so IPv6 counts per /64 and IPv4 per address.

export type IpAddress = { text: string; family: "ipv4" | "ipv6" };

/**
 * The address an entry names, or null for anything else ("unknown", "", a host name). Accepts what
 * proxies write besides a bare address: `[v6]`, `[v6]:port`, `v4:port` and a zone id (`fe80::1%eth0`).
 * An IPv4-mapped IPv6 address (`::ffff:192.0.2.1`, what a dual-stack socket reports) is the IPv4 one,
 * so a client does not get a second count by switching notation.
 */
export function parseIpAddress(entry: string): IpAddress | null {
  const bare = withoutPort(entry.trim());
  if (isIP(bare) === 4) return { text: bare, family: "ipv4" };
  const address = bare.split("%")[0];
  if (isIP(address) !== 6) return null;
  const groups = ipv6Groups(address);
  const mapped = groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff;
  if (mapped) return { text: [groups[6] >> 8, groups[6] & 0xff, groups[7] >> 8, groups[7] & 0xff].join("."), family: "ipv4" };
  return { text: groups.map((group) => group.toString(16)).join(":"), family: "ipv6" };
}

/** The rate-limit key of an address: an IPv4 address itself; an IPv6 address's /64 (`2001:db8:0:1::/64`). */
export function clientKeyOf(address: IpAddress): string {
  if (address.family === "ipv4") return address.text;
  return `${address.text.split(":").slice(0, 4).join(":")}::/64`;
}

function withoutPort(entry: string): string {
  if (entry.startsWith("[")) {
    const end = entry.indexOf("]");
    const rest = entry.slice(end + 1);
    return end > 0 && (rest === "" || (rest.startsWith(":") && isPort(rest.slice(1)))) ? entry.slice(1, end) : "";
  }
  // One colon: IPv4 with a port. IPv6 has at least two.
  const [host, port, extra] = entry.split(":");
  if (port === undefined || extra !== undefined) return entry;
  return isPort(port) ? host : "";
}

const isPort = (text: string) => /^\d{1,5}$/.test(text) && Number(text) <= 65_535;

/** The eight 16-bit groups of an address isIP() accepted as IPv6, `::` and a dotted IPv4 tail expanded. */
function ipv6Groups(address: string): number[] {
  const lastColon = address.lastIndexOf(":");
  const tail = address.slice(lastColon + 1);
  let hex = address;
  if (tail.includes(".")) {
    const [a, b, c, d] = tail.split(".").map(Number);
    hex = `${address.slice(0, lastColon + 1)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, rest] = hex.split("::");
  const parse = (part: string | undefined) => (part ? part.split(":").map((group) => Number.parseInt(group, 16)) : []);
  const left = parse(head);
  if (rest === undefined) return left;
  const right = parse(rest);
  return [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
}
