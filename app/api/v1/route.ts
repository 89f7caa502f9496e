import { NextResponse } from "next/server";

// The API's entry point: what it offers. Static, so it is also the benchmark's baseline handler.
const index = {
  name: "Petitions API",
  version: "v1",
  endpoints: {
    campaign: "GET /api/v1/campaigns/{slug}",
    count: "GET /api/v1/campaigns/{slug}/count",
    sign: "POST /api/v1/campaigns/{slug}/signatures",
    confirm: "POST /api/v1/confirmations",
  },
};

export function GET() {
  return NextResponse.json(index, {
    headers: { "Cache-Control": "public, max-age=3600", "Access-Control-Allow-Origin": "*" },
  });
}
