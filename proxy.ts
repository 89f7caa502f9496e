import { NextResponse, type NextRequest } from "next/server";

// One job: a paper-signature upload larger than server actions accept (next.config.mjs,
// bodySizeLimit) is turned back before Next.js reads it, with a way to say so on the page. Without
// this, a browser without JavaScript (the form's own size check) gets Next's bare 413 error page.
// Only the offline-signatures page is matched, so no other request pays for it.

const SERVER_ACTION_BODY_LIMIT = 6 * 1024 * 1024;

export function proxy(request: NextRequest) {
  if (request.method !== "POST") return NextResponse.next();
  const length = Number(request.headers.get("content-length") ?? 0);
  if (!(length > SERVER_ACTION_BODY_LIMIT)) return NextResponse.next();
  const back = request.nextUrl.clone();
  back.search = "?upload=too-large";
  return NextResponse.redirect(back, 303);
}

export const config = { matcher: "/organizer/campaigns/:slug/offline" };
