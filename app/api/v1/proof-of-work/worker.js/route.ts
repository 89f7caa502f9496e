import { readFileSync } from "node:fs";
import path from "node:path";

// The proof-of-work solver (ALTCHA's PBKDF2 worker, issue #13), served from our own origin. The
// widget's default bundle starts its workers from blob: URLs, which every page's
// Content-Security-Policy refuses (worker-src falls back to script-src, which allows only this site's
// files); a worker file from here passes as it stands. Read once, at build time.
export const dynamic = "force-static";

const SOURCE = readFileSync(path.join(process.cwd(), "node_modules/altcha/dist/workers/pbkdf2.js"), "utf8");

export function GET() {
  return new Response(SOURCE, {
    headers: {
      "Content-Type": "text/javascript; charset=utf-8",
      "Cache-Control": "public, max-age=3600",
    },
  });
}
