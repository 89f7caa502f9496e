import { halResponse, PUBLIC_READ_HEADERS } from "@/lib/osdi/hal";
import { osdiEntryPoint } from "@/lib/osdi/entry-point";

// OSDI's API Entry Point: public, and the same for every caller.
export function GET() {
  return halResponse(osdiEntryPoint(), {
    headers: { "Cache-Control": "public, max-age=3600", ...PUBLIC_READ_HEADERS },
  });
}
