import http from "node:http";

// A stand-in for an organizer's own site: another origin (another port) that serves fixed HTML
// pages, for the tests that frame the widget.

export type StaticServer = { url: string; close(): Promise<void> };

/** Serves each path of `pages` as text/html on 127.0.0.1:`port`; anything else is a 404. */
export async function startStaticServer(port: number, pages: Record<string, string>): Promise<StaticServer> {
  const server = http.createServer((req, res) => {
    const html = pages[new URL(req.url ?? "/", "http://host").pathname];
    res.writeHead(html === undefined ? 404 : 200, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
    res.end(html ?? "Not found");
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
