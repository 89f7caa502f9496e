import { issueChallenge } from "@/lib/proof-of-work/challenge";
import type { ProofOfWorkChallengeJson } from "@/lib/open-data/schema";

// GET /api/v1/proof-of-work/challenge (issue #13): a fresh proof-of-work challenge, for the sign form's
// widget and for any client signing a campaign that asks for one. Anonymous and without input: it
// reads nothing and stores nothing (a challenge is signed, not remembered), so a flood of requests
// costs one small key derivation each and never a database connection.
export async function GET() {
  const challenge = (await issueChallenge()) as ProofOfWorkChallengeJson;
  return Response.json(challenge, { headers: { "Cache-Control": "no-store" } });
}
