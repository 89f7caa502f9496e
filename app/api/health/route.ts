import { sql } from "drizzle-orm";
import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { RETRY_AFTER_SECONDS } from "@/lib/http/unavailable";

// For load balancers and start-up scripts: 200 once the database answers, 503 with Retry-After
// while it is busy or out of reach (never a hang: lib/db/client.ts bounds every wait). Reveals nothing else.
export async function GET() {
  try {
    await getDb().execute(sql`select 1`);
    return NextResponse.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return NextResponse.json(
      { status: "unavailable" },
      { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": String(RETRY_AFTER_SECONDS) } },
    );
  }
}
