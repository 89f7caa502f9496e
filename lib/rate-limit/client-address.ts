/**
 * The caller's address as the nearest proxy saw it: the last X-Forwarded-For entry. Behind a
 * reverse proxy that appends the client address (nginx, a load balancer), that entry cannot be
 * forged. Without a proxy, Next.js fills the header from the socket, but only when the client
 * sent none, so deploy behind a proxy for rate limits that a client cannot dodge (README).
 */
export function clientAddressFrom(headers: { get(name: string): string | null }): string | null {
  const forwarded = headers.get("x-forwarded-for");
  if (!forwarded) return null;
  const last = forwarded.split(",").at(-1)?.trim();
  return last ? last.slice(0, 100) : null;
}
