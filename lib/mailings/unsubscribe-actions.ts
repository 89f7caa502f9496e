"use server";

import { z } from "zod";
import { unsubscribeByToken } from "./unsubscribe";

// The "Unsubscribe" button of /unsubscribe/{token}. The caller is anonymous by design: the link's
// token is its proof.

export type UnsubscribeState = { status: "idle" } | { status: "done" } | { status: "error"; message: string };

const tokenSchema = z.object({ token: z.string().min(1).max(200) });

export async function unsubscribeAction(_prev: UnsubscribeState, formData: FormData): Promise<UnsubscribeState> {
  const parsed = tokenSchema.safeParse({ token: formData.get("token") });
  const outcome = parsed.success ? await unsubscribeByToken(parsed.data.token) : { kind: "malformed" as const };
  if (outcome.kind === "unsubscribed") return { status: "done" };
  return { status: "error", message: "This unsubscribe link is not valid. Use the link in the most recent update you received." };
}
